import { randomInt } from 'node:crypto';

/** Six digits from the CSPRNG, leading zeros kept: 10^6 codes, 5 tries, so a guess succeeds 1 time in 200,000. */
export function createOneTimeCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}
