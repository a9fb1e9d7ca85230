import type { MandateFacts } from '../mandate-facts.js';

/** A complete case in Quebec, in French; tests override what they are about. */
export function makeTestMandateFacts(overrides: Partial<MandateFacts> = {}): MandateFacts {
  return {
    jurisdiction: 'QC',
    language: 'fr',
    clientName: 'Marie Tremblay',
    caseNumber: 'T911-000042',
    ticketNumber: '401-123-456',
    offence: 'Excès de vitesse, CSR art. 328',
    issuedOn: '2026-11-03',
    court: 'Cour municipale de Montréal',
    firm: { name: 'Cabinet Exemple avocats', address: ['1000, rue Sherbrooke Ouest, bureau 2000', 'Montréal (Québec) H3A 3G4'] },
    preparedOn: '2026-11-20',
    ...overrides,
  };
}
