import { describe, expect, it } from 'vitest';
import { detectJurisdiction } from './detect-jurisdiction.js';

const detect = (text: string, marketHint: 'QC' | 'ON' | 'NY' | null = null) => detectJurisdiction({ text, marketHint });

describe('detectJurisdiction', () => {
  it.each([
    ["CONSTAT D'INFRACTION\nCode de la sécurité routière, art. 299 C.S.R.\nCour municipale de Laval", 'QC'],
    ['Poursuivant : DPCP — Sûreté du Québec', 'QC'],
    ['ONTARIO COURT OF JUSTICE\nPROVINCIAL OFFENCES ACT Part I\nOFFENCE NOTICE\ncontrary to H.T.A. sect. 128', 'ON'],
    ['NEW YORK STATE\nUNIFORM TRAFFIC TICKET\nVehicle and Traffic Law 1180(d)\nTraffic Violations Bureau', 'NY'],
    ['speeding 78 in a 50 on Sherbrooke, Montreal', 'QC'],
    ['red light in Brooklyn', 'NY'],
    ['red light Toronto Oct 4', 'ON'],
  ] as const)('%s → %s', (text, jurisdiction) => {
    const detected = detect(text);
    expect(detected.jurisdiction).toBe(jurisdiction);
    expect(detected.otherJurisdiction).toBeNull();
    expect(detected.confidence).toBeGreaterThan(0);
  });

  it("lets the form's wording outweigh the driver's Toronto address on a Quebec ticket", () => {
    const text = "CONSTAT D'INFRACTION\nNom: SMITH  Adresse: 100 Queen St W, Toronto, Ontario M5H 2N2\nCode de la sécurité routière art. 328\nCour du Québec";
    expect(detect(text).jurisdiction).toBe('QC');
  });

  it('names a place we do not serve', () => {
    expect(detect('Alberta — Traffic Safety Act\nViolation Ticket\nCalgary Police Service').otherJurisdiction).toBe('Alberta');
    expect(detect('STATE OF NEW JERSEY\nNEW JERSEY UNIFORM TRAFFIC TICKET\nN.J.S.A. 39:4-98').otherJurisdiction).toBe('New Jersey');
    expect(detect('Province of British Columbia Violation Ticket, Motor Vehicle Act s. 146').otherJurisdiction).toBe('British Columbia');
  });

  it('does not decide on a name several places share, unless the number written to is there', () => {
    expect(detect('speeding in London').jurisdiction).toBeNull();
    expect(detect('speeding in Hamilton').jurisdiction).toBeNull();
    expect(detect('speeding in Hamilton', 'ON').jurisdiction).toBe('ON');
  });

  it('uses the market hint only to break a tie, never alone', () => {
    expect(detect('fine 250 for speeding', 'NY').jurisdiction).toBeNull();
    expect(detect('Kingston', 'NY').jurisdiction).toBeNull();
    expect(detect('Toronto, Brooklyn').jurisdiction).toBeNull();
    expect(detect('Toronto, Brooklyn', 'NY').jurisdiction).toBe('NY');
    expect(detect('Toronto, Brooklyn', 'ON').jurisdiction).toBe('ON');
    expect(detect('Toronto, Brooklyn', 'QC').jurisdiction).toBeNull();
  });

  it('says which markers it saw, by their names', () => {
    expect(detect('Highway Traffic Act — Mississauga').evidence).toEqual(['Highway Traffic Act', 'Mississauga']);
  });
});
