import { describe, expect, it } from 'vitest';
import { parseQuebecTicketText } from './parse-quebec-ticket-text.js';

// As tesseract reads a Sûreté du Québec constat: small labels lost or mangled,
// O for 0, l for 1, a column of amounts under a row of labels.
const CONSTAT = `N° de constat
(SQ) CONSTAT D'INFRACTION
Code de procédure pénale (RLRQ, chapitre C-25.1) 100391 2O4 556 871
Sûreté du Québec
District judiciaire N° de dossier du greffe Type de constat
Drummond 24-97987-3 Sécurité routière
Nom et adresse du poursuivant
Directeur des poursuites criminelles et pénales
Ville Prov. Code postal Date de naissance
TERREBONNE QC J6W 7E6 1992-01-11
Date Heure Municipalité
19/11/2O24 23 h 05 Drummondville
Lieu (rue, intersection, repère)
autoroute 20 Ouest, km 177
A commis l'infraction suivante :
Excès de vitesse — vitesse supérieure à la limite indiquée
Vitesse captée 74 km/h — Limite 5O km/h
Disposition : art. 299 C.S.R.
Loi : Code de la sécurité routière (RLRQ, chapitre C-24.2)
Remarques
Chaussée sèche, circulation fluide.
PEINE RÉCLAMÉE (AMENDE MINIMALE, FRAIS ET CONTRIBUTION)
Amende | Frais | Contribution | Total
9O,OO $ 37,00 $ 18,00 $ l45,00 $
Cour du Québec
Vous avez 30 jours à compter de la signification du présent constat pour transmettre votre plaidoyer.`;

describe('parseQuebecTicketText', () => {
  it('reads every field of a constat through OCR noise', () => {
    const reading = parseQuebecTicketText({ text: CONSTAT, ocrConfidence: 0.85, today: '2025-01-15' });
    expect(reading).toMatchObject({
      isTicket: true,
      ticketCount: 1,
      jurisdiction: 'QC',
      offenceText: 'Excès de vitesse — vitesse supérieure à la limite indiquée',
      offenceCategory: 'speeding',
      statute: 'CSR',
      section: '299',
      ticketNumber: '100391204556871',
      issuedOn: '2024-11-19',
      fineCents: 9000,
      totalPayableCents: 14500,
      speed: { recorded: 74, limit: 50, unit: 'km/h' },
      location: 'autoroute 20 Ouest, km 177, Drummondville',
      court: 'Cour du Québec',
      printedRespondBy: null,
      demeritPoints: null,
    });
    expect(reading.confidence).toBeGreaterThan(0.7);
    expect(reading.confidence).toBeLessThanOrEqual(0.85);
  });

  it('takes neither the birth date for the offence date nor the fees for the fine', () => {
    const reading = parseQuebecTicketText({
      text: "CONSTAT D'INFRACTION\nDate de naissance 1992-01-11\nFrais 37,00 $\nTotal à payer 145,00 $",
      today: '2025-01-15',
    });
    expect(reading.issuedOn).toBeNull();
    expect(reading.fineCents).toBeNull();
    expect(reading.totalPayableCents).toBe(14500);
  });

  it('reads a day-first date and decimal commas, and prints demerit points only when printed', () => {
    const reading = parseQuebecTicketText({
      text: "CONSTAT D'INFRACTION\nDate de l'infraction : 04/10/2024\nMontant de l'amende : 1 143,00 $\nPoints d'inaptitude : 3\nart. 328 C.S.R.",
      today: '2025-01-15',
    });
    expect(reading).toMatchObject({ issuedOn: '2024-10-04', fineCents: 114300, demeritPoints: 3, section: '328', offenceCategory: 'speeding' });
  });

  it('leaves out what is not printed, and lowers its confidence', () => {
    const reading = parseQuebecTicketText({ text: "CONSTAT D'INFRACTION\nCour municipale de Laval", today: '2025-01-15' });
    expect(reading).toMatchObject({ isTicket: true, fineCents: null, issuedOn: null, ticketNumber: null, section: null, court: 'Cour municipale de Laval' });
    expect(reading.confidence).toBeLessThan(0.6);
  });
});
