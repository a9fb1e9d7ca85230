import { describe, expect, it } from 'vitest';
import { parseOntarioTicketText } from './parse-ontario-ticket-text.js';

// As tesseract reads an Offence Notice: bilingual labels, "|" for box edges,
// the Y/M/D boxes on one line, the driver's own municipality before the offence's.
const NOTICE = `ONTARIO COURT OF JUSTICE / COUR DE JUSTICE DE L'ONTARIO
PROVINCIAL OFFENCES ACT / LOI SUR LES INFRACTIONS PROVINCIALES
Form 1 / Formule 1 — Part | / Partie |
| Location Code / Code d'endroit | Offence Number / N° d'infraction
4863 A 0245O58
OFFENCE NOTICE
AVIS D’INFRACTION
Believes and certifies that on the day of / Croit et atteste que le
Y/A M D/J | Time / Heure
2024 (12 07 11:37 PM
Municipality / Municipalité Prov. Postal code / Code postal
MISSISSAUGA ON L5B 1M2
Birth date / Naissance
1970/05/21
At / Lieu
SHEPPARD AVE W AT BATHURST ST
Municipality / Municipalité
TORONTO
Did commit the offence of / A commis l'infraction de :
SPEEDING
78 km/h in a 50 km/h zone
Contrary to / Contrairement à | Sect. / Art.
H.T.A. 128
Set fine of / Amende fixée de | Total payable / Montant total exigible
$l68.00 $215.00
Total payable includes set fine, costs and applicable victim fine surcharge.
Ontario Court of Justice, Provincial Offences Court — Toronto`;

describe('parseOntarioTicketText', () => {
  it('reads every field of an offence notice through OCR noise', () => {
    const reading = parseOntarioTicketText({ text: NOTICE, ocrConfidence: 0.8, today: '2025-01-15' });
    expect(reading).toMatchObject({
      isTicket: true,
      jurisdiction: 'ON',
      offenceCategory: 'speeding',
      statute: 'HTA',
      section: '128',
      ticketNumber: 'A0245058',
      issuedOn: '2024-12-07',
      fineCents: 16800,
      totalPayableCents: 21500,
      speed: { recorded: 78, limit: 50, unit: 'km/h' },
      location: 'SHEPPARD AVE W AT BATHURST ST, TORONTO',
      court: 'Ontario Court of Justice, Provincial Offences Court — Toronto',
      demeritPoints: null,
    });
  });

  it('reads "144.18" with its brackets lost as s. 144(18), a red light', () => {
    const reading = parseOntarioTicketText({ text: 'OFFENCE NOTICE\nDid commit the offence of FAIL TO STOP AT RED LIGHT\ncontrary to HTA sect. 144.18', today: '2025-01-15' });
    expect(reading).toMatchObject({ section: '144(18)', offenceCategory: 'red_light' });
  });

  it('does not read a slashed date whose order the form does not give', () => {
    expect(parseOntarioTicketText({ text: 'OFFENCE NOTICE\nDate 04/10/2024', today: '2025-01-15' }).issuedOn).toBeNull();
    expect(parseOntarioTicketText({ text: 'OFFENCE NOTICE\nDate (MM/DD/YYYY) 04/10/2024', today: '2025-01-15' }).issuedOn).toBe('2024-04-10');
  });
});
