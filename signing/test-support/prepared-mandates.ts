import type { PreparedMandate } from '../mandate-offer.js';

const DAY_MS = 86_400_000;

/** A mandate as the prepareMandate actor makes it for a Quebec case: for machine tests, no PDF behind it. */
export const QC_PREPARED_MANDATE: PreparedMandate = {
  offer: {
    signatureRequestId: '5b7f0f0e-6c2e-4d0a-9e51-2f1f0e7a1c01',
    caseId: 'case-1',
    url: 'https://ticket911.example/sign/a3F9bC1dE2fG3hI4jK5lM6',
    expiresAt: '2026-11-28T15:00:00.000Z',
    reminderInMs: DAY_MS,
    expiresInMs: 7 * DAY_MS,
  },
  tokenHash: 'f'.repeat(64),
  jurisdiction: 'QC',
  language: 'fr',
  templateId: 'QC.fr',
  templateVersion: '2026-11',
  document: { title: 'Mandat et procuration' },
  signatureBox: { pageIndex: 0, x: 72, y: 120, width: 260, height: 70 },
  unsignedFileKey: 'signatures/2026/5b7f0f0e-6c2e-4d0a-9e51-2f1f0e7a1c01/unsigned.pdf',
  documentSha256: 'e'.repeat(64),
};
