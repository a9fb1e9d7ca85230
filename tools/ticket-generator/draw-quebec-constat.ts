import { createFormPainter } from './create-form-painter.js';
import { describeOffence } from './describe-offence.js';
import type { DrawnTicket, DrawTicketOptions } from './drawn-ticket.js';
import { formatMoney } from './format-money.js';
import { inventMotorist } from './invent-motorist.js';
import { shiftIsoDate } from './shift-iso-date.js';

interface QuebecPlace {
  municipality: string;
  district: string;
  prosecutor: string;
  prosecutorAddress: string;
  court: string;
  agency: string;
  initials: string;
  constatPrefix: string;
  streets: readonly (readonly [string, string | null])[];
}

const MUNICIPAL_PLACES: readonly QuebecPlace[] = [
  {
    municipality: 'Montréal', district: 'Montréal', prosecutor: 'Ville de Montréal',
    prosecutorAddress: 'C. P. 11046, succ. Centre-Ville, Montréal (Québec) H3C 4Y2',
    court: 'Cour municipale de Montréal', agency: 'Service de police de la Ville de Montréal', initials: 'MTL',
    constatPrefix: '210043',
    streets: [['rue Sherbrooke Est', 'boul. Pie-IX'], ['boul. Saint-Laurent', 'rue Rachel Est'], ['avenue du Parc', 'avenue Laurier Ouest'],
      ['rue Notre-Dame Ouest', 'rue Atwater'], ['chemin de la Côte-des-Neiges', 'chemin Queen-Mary'], ['boul. Henri-Bourassa Est', null]],
  },
  {
    municipality: 'Laval', district: 'Laval', prosecutor: 'Ville de Laval',
    prosecutorAddress: 'C. P. 422, succ. Saint-Martin, Laval (Québec) H7V 3Z4',
    court: 'Cour municipale de Laval', agency: 'Service de police de Laval', initials: 'LVL',
    constatPrefix: '210043',
    streets: [['boul. des Laurentides', 'boul. Cartier'], ['boul. Chomedey', 'boul. Saint-Martin Ouest'], ['boul. Le Corbusier', null]],
  },
  {
    municipality: 'Québec', district: 'Québec', prosecutor: 'Ville de Québec',
    prosecutorAddress: 'C. P. 700, succ. Haute-Ville, Québec (Québec) G1R 4S9',
    court: 'Cour municipale de Québec', agency: 'Service de police de la Ville de Québec', initials: 'QC',
    constatPrefix: '210043',
    streets: [['boul. Laurier', 'avenue Lavigerie'], ['Grande Allée Est', 'avenue Turnbull'], ['boul. Charest Ouest', null], ['boul. Wilfrid-Hamel', 'rue Marie-de-l’Incarnation']],
  },
  {
    municipality: 'Longueuil', district: 'Longueuil', prosecutor: 'Ville de Longueuil',
    prosecutorAddress: 'C. P. 5000, Longueuil (Québec) J4K 4Y7',
    court: 'Cour municipale de Longueuil', agency: 'Service de police de l’agglomération de Longueuil', initials: 'LGL',
    constatPrefix: '210043',
    streets: [['chemin de Chambly', 'boul. Curé-Poirier Ouest'], ['boul. Taschereau', 'rue Saint-Charles Ouest'], ['boul. Roland-Therrien', null]],
  },
  {
    municipality: 'Gatineau', district: 'Gatineau', prosecutor: 'Ville de Gatineau',
    prosecutorAddress: 'C. P. 1970, succ. Hull, Gatineau (Québec) J8X 3Y9',
    court: 'Cour municipale de Gatineau', agency: 'Service de police de la Ville de Gatineau', initials: 'GAT',
    constatPrefix: '210043',
    streets: [['boul. Maloney Ouest', 'rue Main'], ['boul. de la Gappe', null], ['boul. Saint-Joseph', 'rue Laurier']],
  },
  {
    municipality: 'Sherbrooke', district: 'Saint-François', prosecutor: 'Ville de Sherbrooke',
    prosecutorAddress: 'C. P. 610, Sherbrooke (Québec) J1H 5H9',
    court: 'Cour municipale de Sherbrooke', agency: 'Service de police de Sherbrooke', initials: 'SHE',
    constatPrefix: '210043',
    streets: [['rue King Ouest', 'rue Belvédère Sud'], ['boul. de Portland', 'rue Jacques-Cartier Sud'], ['boul. Bourque', null]],
  },
];

const PROVINCIAL_PLACES: readonly QuebecPlace[] = [
  ['Boucherville', 'Longueuil', 'autoroute 20 Est, km 92'],
  ['Mirabel', 'Terrebonne', 'autoroute 15 Nord, km 35'],
  ['Drummondville', 'Drummond', 'autoroute 20 Ouest, km 177'],
  ['Lévis', 'Québec', 'autoroute 20 Est, km 318'],
  ['Blainville', 'Terrebonne', 'autoroute 15 Sud, km 23'],
].map(([municipality, district, road]) => ({
  municipality, district,
  prosecutor: 'Directeur des poursuites criminelles et pénales',
  prosecutorAddress: 'Bureau des infractions et amendes, C. P. 70, succ. Terminus, Québec (Québec) G1K 9K5',
  court: 'Cour du Québec', agency: 'Sûreté du Québec', initials: 'SQ',
  constatPrefix: '100391',
  streets: [[road, null]] as const,
}));

const PHOTO_RADAR_PROSECUTION = {
  prosecutor: 'Directeur des poursuites criminelles et pénales',
  prosecutorAddress: 'Bureau des infractions et amendes, C. P. 70, succ. Terminus, Québec (Québec) G1K 9K5',
  court: 'Cour du Québec',
  agency: 'Contrôle routier — systèmes de détection',
  initials: 'DPCP',
  constatPrefix: '100391',
};

const REMARKS = [
  'Chaussée sèche, circulation fluide.',
  'Conducteur intercepté à la hauteur de l’intersection.',
  'Appareil laser LTI 20/20, vérifié au début du quart.',
  'Véhicule suivi sur 400 m avant l’interception.',
  '',
];

/**
 * The defendant's copy of a Quebec "constat d'infraction" for road-safety
 * offences (Code de procédure pénale, Règlement sur la forme des constats
 * d'infraction, art. 34): number and district in the header, prosecutor,
 * defendant, vehicle, date and place, offence and article, amounts (amende,
 * frais, contribution, total), officer, court and the 30-day plea notice.
 */
export function drawQuebecConstat({ prng, category, today, remarks }: DrawTicketOptions): DrawnTicket {
  // Highways are policed by the Sûreté du Québec and prosecuted by the DPCP; photo radar too, in cities as well.
  const highway = category !== 'camera' && prng.chance(0.2);
  const cameraOnHighway = category === 'camera' && prng.chance(0.5);
  const basePlace = prng.pick(highway || cameraOnHighway ? PROVINCIAL_PLACES : MUNICIPAL_PLACES);
  const place = category === 'camera' ? { ...basePlace, ...PHOTO_RADAR_PROSECUTION } : basePlace;
  const [street, cross] = prng.pick(place.streets);
  const offence = describeOffence({ prng, jurisdiction: 'QC', category, road: highway || cameraOnHighway ? 'highway' : 'urban' });
  const motorist = inventMotorist({ prng, jurisdiction: 'QC', today });
  const issuedOn = shiftIsoDate(today, -prng.int(offence.camera ? 12 : 0, 59));
  const time = `${String(prng.int(6, 23)).padStart(2, '0')}:${String(prng.int(0, 59)).padStart(2, '0')}`;
  const fine = offence.fineCents ?? 0;
  const fees = fine <= 10000 ? 3700 : fine <= 30000 ? 5200 : fine <= 60000 ? 7000 : 9600;
  const contribution = Math.max(1000, Math.round(fine * 0.2 / 100) * 100);
  const total = fine + fees + contribution;
  const number = `${place.constatPrefix}${String(prng.int(0, 999_999_999)).padStart(9, '0')}`;
  const printedNumber = prng.chance(0.5)
    ? `${number.slice(0, 6)} ${number.slice(6, 9)} ${number.slice(9, 12)} ${number.slice(12)}`
    : number;
  const [y, m, d] = issuedOn.split('-');
  const dateText = prng.chance(0.5) ? issuedOn : `${d}/${m}/${y}`;
  const timeText = prng.chance(0.5) ? time.replace(':', ' h ') : time;
  const location = cross ? `${street} / ${cross}` : street;

  const paper = prng.pick(['#fbfaf6', '#fdf8ee', '#f6f3ec', '#fbeff0']);
  const p = createFormPainter({
    width: 1100, height: 1780, prng, paper,
    formInk: prng.pick(['#1d2a5c', '#222222', '#5a1a1a']),
    dataInk: prng.pick(['#111111', '#15151f', '#2a2a38']),
    fillOffset: { dx: prng.int(-5, 6), dy: prng.int(-4, 5) },
  });
  const section = (y: number, title: string): void => {
    p.rect(40, y, 1020, 32, { lineWidth: 0, fill: '#2b2b2b' });
    p.text(title, 50, y + 6, { size: 7.5, font: 'sansBold', color: paper });
  };

  p.emblem(110, 110, 62, place.initials);
  p.text("CONSTAT D'INFRACTION", 195, 52, { size: 20, font: 'sansBold', maxWidth: 525 });
  p.text('Code de procédure pénale (RLRQ, chapitre C-25.1)', 198, 118, { size: 7 });
  p.text(`${place.agency}`, 198, 142, { size: 7, font: 'sansBold', maxWidth: 520 });
  p.text('Copie du défendeur', 198, 166, { size: 6.5, font: 'sansItalic' });
  p.field(740, 40, 320, 110, 'Nº de constat', printedNumber, { size: 11 });
  p.barcode(740, 160, 320, 52);

  p.field(40, 225, 380, 70, 'District judiciaire', place.district);
  p.field(420, 225, 340, 70, 'Nº de dossier du greffe', `${y.slice(2)}-${String(prng.int(0, 99999)).padStart(5, '0')}-${prng.int(1, 9)}`);
  p.field(760, 225, 300, 70, 'Type de constat', 'Sécurité routière', { size: 9 });

  section(305, 'POURSUIVANT');
  p.field(40, 340, 1020, 80, 'Nom et adresse du poursuivant', '');
  p.fill(place.prosecutor, 50, 358, { size: 10 });
  p.fill(place.prosecutorAddress, 50, 390, { size: 7, font: 'mono' });

  section(430, offence.camera ? 'DÉFENDEUR (PROPRIÉTAIRE DU VÉHICULE ROUTIER)' : 'DÉFENDEUR');
  p.field(40, 465, 520, 70, 'Nom', motorist.lastName.toUpperCase());
  p.field(560, 465, 500, 70, 'Prénom', motorist.firstName.toUpperCase());
  p.field(40, 535, 1020, 70, 'Adresse (numéro, rue, app.)', motorist.streetAddress.toUpperCase());
  p.field(40, 605, 420, 70, 'Ville', motorist.city.toUpperCase());
  p.field(460, 605, 150, 70, 'Prov.', motorist.region);
  p.field(610, 605, 200, 70, 'Code postal', motorist.postalCode);
  p.field(810, 605, 250, 70, 'Date de naissance', motorist.birthDate);
  p.field(40, 675, 520, 70, 'Nº de permis de conduire', offence.camera ? '' : motorist.licenceNumber);
  p.field(560, 675, 150, 70, 'Prov.', offence.camera ? '' : 'QC');
  p.field(710, 675, 120, 70, 'Sexe', motorist.sex);
  p.field(830, 675, 230, 70, 'Personne', 'PHYSIQUE', { size: 8 });

  section(755, 'VÉHICULE');
  p.field(40, 790, 300, 70, "Nº d'immatriculation", motorist.plate);
  p.field(340, 790, 120, 70, 'Prov.', 'QC');
  p.field(460, 790, 220, 70, 'Marque', motorist.vehicle.make, { size: 9 });
  p.field(680, 790, 200, 70, 'Modèle', motorist.vehicle.model, { size: 9 });
  p.field(880, 790, 180, 70, 'Couleur', motorist.vehicle.colourFr, { size: 9 });

  section(870, "DATE, HEURE ET LIEU DE L'INFRACTION");
  p.field(40, 905, 330, 70, 'Date', dateText);
  p.field(370, 905, 200, 70, 'Heure', timeText);
  p.field(570, 905, 490, 70, 'Municipalité', place.municipality);
  p.field(40, 975, 1020, 70, 'Lieu (rue, intersection, repère)', location);

  section(1055, 'INFRACTION');
  p.rect(40, 1090, 1020, 200);
  p.text("A commis l'infraction suivante :", 46, 1094, { size: 5.5 });
  p.fill(offence.wording, 56, 1122, { size: 9.5, maxWidth: 990 });
  if (offence.detail) p.fill(offence.detail, 56, 1166, { size: 9.5, maxWidth: 990 });
  p.text('Disposition :', 46, 1218, { size: 6 });
  p.fill(prng.chance(0.5) ? `art. ${offence.printedSection} C.S.R.` : `Art. ${offence.printedSection} Code de la sécurité routière`, 200, 1210, { size: 10 });
  p.text('Loi : Code de la sécurité routière (RLRQ, chapitre C-24.2)', 46, 1256, { size: 6 });

  p.field(40, 1300, 1020, 70, 'Remarques', remarks ?? prng.pick(REMARKS), { size: 8, font: 'mono' });

  section(1380, 'PEINE RÉCLAMÉE (AMENDE MINIMALE, FRAIS ET CONTRIBUTION)');
  const amounts: [string, number][] = [['Amende', fine], ['Frais', fees], ['Contribution', contribution], ['Total', total]];
  amounts.forEach(([label, cents], index) => {
    const x = 40 + index * 255;
    p.field(x, 1415, 255, 80, label, '');
    p.fill(formatMoney(cents, 'fr'), x + 240, 1450, { size: 10.5, align: 'right' });
  });

  p.field(40, 1505, 340, 70, 'Agent de la paix — matricule', String(prng.int(1000, 9999)));
  p.field(380, 1505, 240, 70, 'Unité / Poste', String(prng.int(1, 49)).padStart(2, '0'));
  p.field(620, 1505, 440, 70, 'Signature', '');
  p.line(640, 1560, 1040, 1548, 2, '#333');

  p.text(place.court, 40, 1590, { size: 9.5, font: 'sansBold' });
  let cursor = p.paragraph(
    'Vous avez 30 jours à compter de la signification du présent constat pour transmettre votre plaidoyer. ' +
      'Le paiement du montant total constitue un plaidoyer de culpabilité. Pour plaider non coupable, cochez la case ' +
      'au verso et retournez le formulaire de réponse. À défaut de réponse, un jugement peut être rendu en votre absence.',
    40, 1628, 1020, { size: 6.2 },
  );
  p.checkbox(40, cursor + 6, 22, false);
  p.text('Je plaide coupable', 72, cursor + 8, { size: 6.5 });
  p.checkbox(330, cursor + 6, 22, false);
  p.text('Je plaide non coupable', 362, cursor + 8, { size: 6.5 });
  cursor += 36;
  p.text(`SJ-${prng.int(700, 799)} (${y.slice(0, 4)}-01)   Société de l'assurance automobile du Québec — points d'inaptitude selon le règlement`, 40, Math.min(cursor + 4, 1750), { size: 5 });

  return {
    front: p,
    expected: {
      jurisdiction: 'QC',
      offenceCategory: category,
      statute: 'CSR',
      section: offence.section,
      ticketNumber: number,
      issuedOn,
      fineCents: fine,
      totalPayableCents: total,
      currency: 'CAD',
      speed: offence.speed,
      location: `${location}, ${place.municipality}`,
      court: place.court,
      printedRespondBy: null,
    },
  };
}

