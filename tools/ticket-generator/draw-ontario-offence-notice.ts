import { createFormPainter } from './create-form-painter.js';
import { describeOffence } from './describe-offence.js';
import type { DrawnTicket, DrawTicketOptions } from './drawn-ticket.js';
import { formatMoney } from './format-money.js';
import { inventMotorist } from './invent-motorist.js';
import { shiftIsoDate } from './shift-iso-date.js';

interface OntarioPlace {
  municipality: string;
  iconCode: string;
  agency: string;
  court: string;
  streets: readonly string[];
}

// Toronto's location codes are the ones Toronto publishes (4860…4866); the others are invented.
const PLACES: readonly OntarioPlace[] = [
  { municipality: 'Toronto', iconCode: '4860', agency: 'Toronto Police Service', court: 'Ontario Court of Justice, Provincial Offences Court — Toronto',
    streets: ['Yonge St at Eglinton Ave E', 'Lake Shore Blvd W', 'Bloor St W at Spadina Ave', 'Finch Ave E at Victoria Park Ave', 'Don Valley Pkwy N/B'] },
  { municipality: 'Toronto', iconCode: '4863', agency: 'Toronto Police Service', court: 'Ontario Court of Justice, Provincial Offences Court — Toronto',
    streets: ['Sheppard Ave W at Bathurst St', 'Kingston Rd', 'Dufferin St at Lawrence Ave W'] },
  { municipality: 'Mississauga', iconCode: '3160', agency: 'Peel Regional Police', court: 'Ontario Court of Justice, Provincial Offences Court — Mississauga',
    streets: ['Hurontario St at Eglinton Ave W', 'Dundas St E', 'Burnhamthorpe Rd W at Mavis Rd'] },
  { municipality: 'Brampton', iconCode: '3110', agency: 'Peel Regional Police', court: 'Ontario Court of Justice, Provincial Offences Court — Brampton',
    streets: ['Queen St E at Kennedy Rd', 'Bovaird Dr W', 'Steeles Ave W at Mississauga Rd'] },
  { municipality: 'Ottawa', iconCode: '1070', agency: 'Ottawa Police Service', court: 'Ontario Court of Justice, Provincial Offences Court — Ottawa',
    streets: ['Bank St at Heron Rd', 'Hunt Club Rd', 'Carling Ave at Kirkwood Ave'] },
  { municipality: 'Hamilton', iconCode: '1700', agency: 'Hamilton Police Service', court: 'Ontario Court of Justice, Provincial Offences Court — Hamilton',
    streets: ['Main St E at Kenilworth Ave', 'Upper James St', 'King St W at Dundurn St'] },
];

const HIGHWAY_PLACES: readonly OntarioPlace[] = [
  { municipality: 'Whitby', iconCode: '1810', agency: 'Ontario Provincial Police', court: 'Ontario Court of Justice, Provincial Offences Court — Whitby',
    streets: ['Hwy 401 E/B at Brock St'] },
  { municipality: 'Burlington', iconCode: '1910', agency: 'Ontario Provincial Police', court: 'Ontario Court of Justice, Provincial Offences Court — Burlington',
    streets: ['QEW Niagara-bound at Walkers Line'] },
];

const NOTES = ['', '', 'Radar — Genesis II, tested OK', 'Dry road, clear', 'Driver cooperative'];

/** Victim fine surcharge (O. Reg. 161/00) by set fine bracket, cents. */
function victimFineSurchargeCents(fineCents: number): number {
  const brackets: [number, number][] = [
    [5000, 1000], [7500, 1500], [10000, 2000], [15000, 2500], [20000, 3500], [25000, 5000],
    [30000, 6000], [35000, 7500], [40000, 8500], [45000, 9500], [50000, 11000],
  ];
  for (const [upTo, surcharge] of brackets) if (fineCents <= upTo) return surcharge;
  return Math.round(fineCents * 0.25);
}

/**
 * An Ontario "Offence Notice" (Provincial Offences Act, Part I), the
 * defendant's copy, bilingual labels: location code and offence number,
 * "believes and certifies that on the day of", the defendant, "did commit the
 * offence of" with the short-form wording, "contrary to H.T.A. sect.", set
 * fine and total payable (set fine + victim fine surcharge + $5 costs), the
 * officer and the 15-day options notice. Camera variants name the owner.
 */
export function drawOntarioOffenceNotice({ prng, category, today, remarks }: DrawTicketOptions): DrawnTicket {
  const highway = category === 'speeding' && prng.chance(0.2);
  const place = prng.pick(highway ? HIGHWAY_PLACES : PLACES);
  const street = prng.pick(place.streets);
  const offence = describeOffence({ prng, jurisdiction: 'ON', category, road: highway ? 'highway' : 'urban' });
  const motorist = inventMotorist({ prng, jurisdiction: 'ON', today });
  const issuedOn = shiftIsoDate(today, -prng.int(offence.camera ? 10 : 0, 59));
  const fine = offence.fineCents ?? 0;
  const total = fine + victimFineSurchargeCents(fine) + 500;
  const letter = prng.pick(['A', 'P', 'R', 'T']);
  const digits = String(prng.int(0, 9_999_999)).padStart(7, '0');
  const hour = prng.int(0, 23);
  const minute = prng.int(0, 59);
  const timeText = prng.chance(0.6)
    ? `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`
    : `${((hour + 11) % 12) + 1}:${String(minute).padStart(2, '0')} ${hour < 12 ? 'AM' : 'PM'}`;
  const [y, m, d] = issuedOn.split('-');

  const paper = prng.chance(0.6) ? prng.pick(['#f6eca0', '#f3e7a2', '#f8f0b4']) : prng.pick(['#fbfbf7', '#f4f4ef']);
  const p = createFormPainter({
    width: 820, height: 1700, prng, paper,
    formInk: prng.pick(['#1b1b1b', '#13306b']),
    dataInk: prng.pick(['#0e0e14', '#1c1c2a']),
    fillOffset: { dx: prng.int(-6, 6), dy: prng.int(-5, 5) },
  });
  const W = 740;
  const X = 40;

  p.text('ONTARIO COURT OF JUSTICE / COUR DE JUSTICE DE L’ONTARIO', 410, 20, { size: 6.5, font: 'sansBold', align: 'center', maxWidth: W });
  p.text('PROVINCIAL OFFENCES ACT / LOI SUR LES INFRACTIONS PROVINCIALES', 410, 44, { size: 5.8, align: 'center', maxWidth: W });
  p.text('Form 1 / Formule 1 — Part I / Partie I', 410, 64, { size: 5.5, align: 'center' });
  p.field(X, 88, 200, 72, 'Location Code / Code d’endroit', place.iconCode, { size: 11 });
  p.field(X + 200, 88, W - 200, 72, 'Offence Number / Nº d’infraction', `${letter} ${digits}`, { size: 11 });
  p.barcode(X, 168, W, 34);
  p.text('OFFENCE NOTICE', 410, 212, { size: 19, font: 'sansBold', align: 'center' });
  p.text('AVIS D’INFRACTION', 410, 270, { size: 10, font: 'sansBold', align: 'center' });
  if (offence.camera) {
    p.rect(X, 306, W, 40, { lineWidth: 0, fill: '#222' });
    p.text(offence.camera === 'speed' ? 'AUTOMATED SPEED ENFORCEMENT / SYSTÈME AUTOMATISÉ DE CONTRÔLE DE LA VITESSE' : 'RED LIGHT CAMERA SYSTEM / SYSTÈME DE CAMÉRAS AUX FEUX ROUGES',
      410, 314, { size: 6.5, font: 'sansBold', align: 'center', color: paper, maxWidth: W - 20 });
  } else {
    p.text(`${place.agency}`, 410, 316, { size: 7, align: 'center' });
  }

  p.text('Believes and certifies that on the day of / Croit et atteste que le', X, 356, { size: 5.8 });
  p.field(X, 380, 200, 70, 'Y/A', y);
  p.field(X + 200, 380, 110, 70, 'M', m);
  p.field(X + 310, 380, 110, 70, 'D/J', d);
  p.field(X + 420, 380, 320, 70, 'Time / Heure', timeText);

  p.field(X, 450, W, 66, offence.camera ? 'Owner / Propriétaire — Family name / Nom de famille' : 'Name / Nom — Family / Nom de famille', motorist.lastName.toUpperCase());
  p.field(X, 516, 500, 66, 'Given / Prénom', motorist.firstName.toUpperCase());
  p.field(X + 500, 516, 240, 66, 'Initials / Initiales', motorist.initial);
  p.field(X, 582, W, 66, 'Address / Adresse — Number and street / Nº et rue', motorist.streetAddress.toUpperCase());
  p.field(X, 648, 380, 66, 'Municipality / Municipalité', motorist.city.toUpperCase());
  p.field(X + 380, 648, 130, 66, 'Prov.', motorist.region);
  p.field(X + 510, 648, 230, 66, 'Postal code / Code postal', motorist.postalCode);
  p.field(X, 714, 440, 66, 'Driver’s licence No. / Nº de permis de conduire', offence.camera ? '' : motorist.licenceNumber, { size: 9 });
  p.field(X + 440, 714, 100, 66, 'Juris.', offence.camera ? '' : 'ON');
  p.field(X + 540, 714, 200, 66, 'Birth date / Naissance', offence.camera ? '' : motorist.birthDate.replaceAll('-', '/'), { size: 8.5 });
  p.field(X, 780, 110, 60, 'Sex / Sexe', offence.camera ? '' : motorist.sex);
  p.rect(X + 110, 780, 630, 60);
  p.text('Motor vehicle involved / Véhicule impliqué', X + 120, 786, { size: 5.2 });
  p.checkbox(X + 130, 806, 22, true);
  p.text('Y/O', X + 160, 808, { size: 5.5 });
  p.checkbox(X + 220, 806, 22, false);
  p.text('N', X + 250, 808, { size: 5.5 });
  p.text('Collision involved / Collision', X + 420, 786, { size: 5.2 });
  p.checkbox(X + 430, 806, 22, false);
  p.text('Y/O', X + 460, 808, { size: 5.5 });
  p.checkbox(X + 520, 806, 22, true);
  p.text('N', X + 550, 808, { size: 5.5 });

  p.field(X, 840, W, 66, 'At / Lieu', street.toUpperCase(), { size: 9.5 });
  p.field(X, 906, W, 66, 'Municipality / Municipalité', place.municipality.toUpperCase());
  p.rect(X, 972, W, 170);
  p.text('Did commit the offence of / A commis l’infraction de :', X + 6, 976, { size: 5.8 });
  p.fill(offence.wording, X + 14, 1006, { size: 10.5, maxWidth: W - 28 });
  if (offence.detail) p.fill(offence.detail, X + 14, 1050, { size: 10.5, maxWidth: W - 28 });
  if (offence.camera) p.text('Evidence obtained through a camera system. No demerit points. / Preuve obtenue par caméra.', X + 10, 1104, { size: 5.5, maxWidth: W - 20 });
  p.field(X, 1142, 400, 66, 'Contrary to / Contrairement à', prng.chance(0.5) ? 'H.T.A.' : 'HIGHWAY TRAFFIC ACT', { size: 9 });
  p.field(X + 400, 1142, 340, 66, 'Sect. / Art.', offence.printedSection, { size: 11 });
  p.field(X, 1208, 300, 66, 'Plate No. / Nº de plaque', motorist.plate);
  p.field(X + 300, 1208, 110, 66, 'Juris.', 'ON');
  p.field(X + 410, 1208, 330, 66, 'Commercial / CVOR / NSC No.', '');
  p.field(X, 1274, W, 66, 'Notes / Remarques', remarks ?? (offence.camera ? `Camera unit ${prng.int(100, 999)}-${prng.int(10, 99)}` : prng.pick(NOTES)), { size: 7.5, font: 'mono' });

  p.field(X, 1350, 370, 80, 'Set fine of / Amende fixée de', formatMoney(fine, 'en'), { size: 11 });
  p.field(X + 370, 1350, 370, 80, 'Total payable / Montant total exigible', formatMoney(total, 'en'), { size: 11 });
  let cursor = p.paragraph(
    'Total payable includes set fine, costs and applicable victim fine surcharge. / Le montant total exigible comprend l’amende fixée, les frais et la suramende compensatoire applicable.',
    X, 1436, W, { size: 5.5 },
  );
  p.field(X, cursor + 6, 420, 66, 'Signature of issuing Provincial Offences Officer / Signature de l’agent', '');
  p.field(X + 420, cursor + 6, 170, 66, 'Officer No. / Nº', String(prng.int(10000, 99999)), { size: 9 });
  p.field(X + 590, cursor + 6, 150, 66, 'Unit / Unité', String(prng.int(11, 55)), { size: 9 });
  cursor += 82;
  p.text(place.court, X, cursor, { size: 7.5, font: 'sansBold', maxWidth: W });
  p.paragraph(
    'You must choose one of the options on the back of this notice within 15 days: Option 1 — plea of guilty, pay the total payable; ' +
      'Option 2 — early resolution, meet with a prosecutor; Option 3 — trial. / Vous devez choisir l’une des options au verso dans les 15 jours.',
    X, cursor + 30, W, { size: 5.3 },
  );

  return {
    front: p,
    expected: {
      jurisdiction: 'ON',
      offenceCategory: category,
      statute: 'HTA',
      section: offence.section,
      ticketNumber: `${letter}${digits}`,
      issuedOn,
      fineCents: fine,
      totalPayableCents: total,
      currency: 'CAD',
      speed: offence.speed,
      location: `${street}, ${place.municipality}`,
      court: place.court,
      printedRespondBy: null,
    },
  };
}
