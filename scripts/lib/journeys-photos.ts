import { mkdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { generateTicketSample } from '../../tools/ticket-generator/generate-ticket-sample.js';

export interface JourneyPhoto {
  id: string;
  jurisdiction: 'QC' | 'ON' | 'NY';
  bytes: Buffer;
}

const JURISDICTIONS = ['QC', 'ON', 'NY'] as const;

/**
 * `count` ticket photos, severity 1, QC/ON/NY in turn, seeded: photo i is
 * always the same for a given seed and today. Rendered once and cached in
 * the temporary directory: generating them is not part of the measurement.
 */
export async function prepareJourneyPhotos({ count, seed, today, log }: { count: number; seed: number; today: string; log: (line: string) => void }): Promise<JourneyPhoto[]> {
  const dir = path.join(os.tmpdir(), 't911-journeys-photos', `${seed}-${today}`);
  await mkdir(dir, { recursive: true });
  const photos: JourneyPhoto[] = [];
  let rendered = 0;
  for (let i = 0; i < count; i++) {
    const jurisdiction = JURISDICTIONS[i % JURISDICTIONS.length];
    const file = path.join(dir, `${i}-${jurisdiction}.jpg`);
    let bytes: Buffer | null = await readFile(file).catch(() => null);
    if (!bytes) {
      const sample = await generateTicketSample({ seed: seed + i, today, jurisdiction, severity: 1, kind: 'ticket' });
      bytes = sample.image;
      await writeFile(file, bytes);
      rendered++;
      if (rendered % 25 === 0) log(`photos: ${rendered} rendered (${i + 1}/${count})`);
    }
    photos.push({ id: `${i}-${jurisdiction}`, jurisdiction, bytes });
  }
  log(`photos: ${count} ready (${rendered} rendered now, the rest from ${dir})`);
  return photos;
}
