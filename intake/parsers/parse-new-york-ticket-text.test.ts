import { describe, expect, it } from 'vitest';
import { parseNewYorkTicketText } from './parse-new-york-ticket-text.js';

// As tesseract reads a Uniform Traffic Ticket: the plea column interleaved,
// the subsection boxed apart, the warning's other sections in a paragraph.
const UTT = `NEW YORK CITY POLICE DEPARTMENT TICKET NUMBER
NEW YORK STATE
FG2439721E
UNIFORM TRAFFIC TICKET
CLIENT ID NO. (LICENSE) DATE OF BIRTH
068 695 185 NY 01/17/1999
SUBARU SAME AS OPERATOR be entered against you (VTL §226, §510, §1806-a).
DATE OF OFFENSE TIME COUNTY
01/06/2O25 9:11 AM NEW YORK
IN VIOLATION OF SECTION / SUBSECTION
vtl [Local Law 1180 D
DESCRIPTION OF VIOLATION
SPEED IN ZONE
SPEED
5O MPH in a 35 MPH zone
PLACE OF OCCURRENCE
2 AVE @ E 34 ST
CITY / TOWN / VILLAGE
MANHATTAN [X] TRAFFIC INFRACTION [ ] MISDEMEANOR
ON (RETURN DATE) AT (TIME)
02/11/2025 9:30 AM
NYS DMV TRAFFIC VIOLATIONS BUREAU
FOR COURT USE ONLY
FINE SURCHARGE DISPOSITION DATE
Fines, the mandatory state surcharge and any Driver Responsibility Assessment are set by the court or bureau.`;

describe('parseNewYorkTicketText', () => {
  it('reads every printed field and no fine, since the court sets it', () => {
    const reading = parseNewYorkTicketText({ text: UTT, ocrConfidence: 0.8, today: '2025-01-15' });
    expect(reading).toMatchObject({
      isTicket: true,
      jurisdiction: 'NY',
      offenceText: 'SPEED IN ZONE',
      offenceCategory: 'speeding',
      statute: 'VTL',
      section: '1180(d)',
      ticketNumber: 'FG2439721E',
      issuedOn: '2025-01-06',
      fineCents: null,
      totalPayableCents: null,
      speed: { recorded: 50, limit: 35, unit: 'mph' },
      location: '2 AVE @ E 34 ST, MANHATTAN',
      court: 'NYS DMV TRAFFIC VIOLATIONS BUREAU',
      printedRespondBy: '2025-02-11',
    });
    // No fine is printed on a New York ticket, so its absence does not lower confidence.
    expect(reading.confidence).toBeGreaterThan(0.75);
  });

  it('reads a camera notice: penalty, amount due, pay-by date', () => {
    const reading = parseNewYorkTicketText({
      text: 'NYC DEPARTMENT OF FINANCE\nNOTICE OF LIABILITY\nRED LIGHT CAMERA VIOLATION\nVIOLATION NUMBER 7043520191\nPENALTY AMOUNT $50.00\nAMOUNT DUE $50.00\nVIOLATION DATE 11/28/2024\nVIOLATION VTL 1111-A — RED LIGHT CAMERA — OWNER LIABILITY\nPAY OR DISPUTE BY 01/13/2025',
      today: '2025-01-15',
    });
    expect(reading).toMatchObject({
      ticketNumber: '7043520191',
      fineCents: 5000,
      totalPayableCents: 5000,
      issuedOn: '2024-11-28',
      printedRespondBy: '2025-01-13',
      section: '1111-a',
      offenceCategory: 'camera',
    });
  });
});
