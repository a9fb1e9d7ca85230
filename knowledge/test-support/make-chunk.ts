import type { KnowledgeChunk, KnowledgeDocumentMetadata } from '../knowledge-chunk.js';

/** A chunk for tests; the metadata defaults describe an Ontario statute. */
export function makeChunk(documentId: string, text: string, metadata: Partial<KnowledgeDocumentMetadata> = {}): KnowledgeChunk {
  return {
    id: `${documentId}#0`,
    documentId,
    index: 0,
    text: `${metadata.citation ?? documentId} — ${metadata.title ?? 'Test document'}\n\n${text}`,
    contentHash: documentId,
    metadata: {
      id: documentId,
      jurisdiction: 'ON',
      kind: 'statute',
      citation: `Citation of ${documentId}`,
      title: 'Test document',
      language: 'en',
      sourceUrl: `https://example.org/${documentId}`,
      date: '2024-01-01',
      categories: [],
      ...metadata,
    },
  };
}

/** A small corpus for analyser tests: fixtures, not law. */
export const TEST_CHUNKS: KnowledgeChunk[] = [
  makeChunk('qc-speed', 'Excès de vitesse: nul ne peut conduire à une vitesse excédant la limite. Speed limit radar cinémomètre.', { jurisdiction: 'QC', categories: ['speeding'], language: 'fr' }),
  makeChunk('qc-plea', 'Plaidoyer de non-culpabilité dans les 30 jours; délai; jugement par défaut. Plea deadline trial pay.', { jurisdiction: 'QC', kind: 'procedure', language: 'fr' }),
  makeChunk('qc-disclosure', 'Divulgation de la preuve: disclosure of evidence, officer notes, device testing records.', { jurisdiction: 'QC', kind: 'case' }),
  makeChunk('qc-points', 'Points d inaptitude: demerit points on the record, licence, insurance.', { jurisdiction: 'QC', kind: 'regulation', categories: ['speeding', 'camera'] }),
  makeChunk('qc-camera', 'Photo radar camera: the registered owner is liable; owner liability; no demerit points.', { jurisdiction: 'QC', categories: ['camera'] }),
  makeChunk('on-speed', 'Rate of speed: no person shall drive at a speed greater than the limit. Speeding radar laser device.', { categories: ['speeding'] }),
  makeChunk('on-jordan', 'R. v. Jordan: unreasonable delay; trial within a reasonable time; 18 months ceiling; Charter 11(b).', { kind: 'case' }),
  makeChunk('on-handheld', 'Hand-held device: holding a phone while driving, even momentarily or stopped in traffic, is an offence.', { categories: ['handheld_device'] }),
  makeChunk('on-poa', 'Provincial Offences Act: 15 days to choose an option: early resolution, trial, or pay; failure to respond; deemed not to dispute.', { kind: 'procedure' }),
  makeChunk('on-points', 'Demerit points: conviction recorded on the driver record; insurance premiums.', { kind: 'regulation', categories: ['speeding', 'handheld_device'] }),
  makeChunk('ny-speed', 'VTL 1180 speeding: maximum speed limits; speed measured by radar.', { jurisdiction: 'NY', categories: ['speeding'] }),
  makeChunk('ny-carson', 'People v. Carson: supporting deposition; simplified traffic information dismissed as facially insufficient when not served.', { jurisdiction: 'NY', kind: 'case' }),
  makeChunk('ny-olsen', 'People v. Olsen: an officer visual estimate of speed; a trained officer opinion suffices for a large variance.', { jurisdiction: 'NY', kind: 'case', categories: ['speeding'] }),
  makeChunk('ny-tvb', 'Traffic Violations Bureau: plead not guilty within 15 days; no plea bargaining; hearing; pay.', { jurisdiction: 'NY', kind: 'procedure' }),
  makeChunk('ny-dra', 'Driver Responsibility Assessment: 6 or more points in 18 months; demerit points; insurance.', { jurisdiction: 'NY', kind: 'statute', categories: ['speeding'] }),
];
