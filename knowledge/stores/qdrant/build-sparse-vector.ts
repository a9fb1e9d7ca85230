import { tokeniseForBm25 } from './tokenise-for-bm25.js';

export interface SparseVector {
  indices: number[];
  values: number[];
}

/** BM25 term-frequency saturation and length normalisation, the usual values (Robertson & Zaragoza). */
const K1 = 1.2;
const B = 0.75;

/**
 * The average chunk length, in BM25 terms (after stop words), that document
 * lengths are normalised against. BM25 wants the corpus average, but it moves
 * with every ingestion and Qdrant cannot rescale stored values, so it is a
 * constant: the splitter's 1,200-character chunks, with their citation and
 * title, give 117 terms on average (median 121) on the corpus as written. A
 * wrong guess only shifts how much long chunks are penalised, for every chunk
 * alike; changing it means re-indexing (the content hashes do not see it).
 */
const BM25_AVERAGE_DOCUMENT_LENGTH = 120;

/**
 * The sparse vector for Qdrant's `bm25` vector, whose config has
 * `modifier: "idf"`: Qdrant multiplies by each term's IDF at query time
 * (computed over the collection it holds), so only the TF part is built here.
 *
 * - A document gets, per term, tf·(k1+1) / (tf + k1·(1 − b + b·len/avgLen)).
 * - A query gets 1 per distinct term: its score is then Σ IDF·TF-part, i.e. BM25.
 *
 * Each term's index is its 32-bit FNV-1a hash (Qdrant's sparse indices are
 * uint32): no vocabulary to store or share between ingestion and the service,
 * and the same term maps to the same index forever — which is why the hash
 * must never change without re-indexing. Two terms colliding (rare at the
 * vocabulary size of a legal corpus) simply add up.
 */
export function buildSparseVector({
  text,
  role,
  averageDocumentLength = BM25_AVERAGE_DOCUMENT_LENGTH,
}: {
  text: string;
  role: 'document' | 'query';
  averageDocumentLength?: number;
}): SparseVector {
  const terms = tokeniseForBm25({ text });
  const frequencies = new Map<string, number>();
  for (const term of terms) frequencies.set(term, (frequencies.get(term) ?? 0) + 1);

  const lengthNorm = 1 - B + (B * terms.length) / averageDocumentLength;
  const byIndex = new Map<number, number>();
  for (const [term, tf] of frequencies) {
    const value = role === 'query' ? 1 : (tf * (K1 + 1)) / (tf + K1 * lengthNorm);
    const index = hashTerm(term);
    byIndex.set(index, (byIndex.get(index) ?? 0) + value);
  }

  // Sorted indices: Qdrant does not require it, but equal texts then give byte-equal requests.
  const indices = [...byIndex.keys()].sort((a, b) => a - b);
  return { indices, values: indices.map((index) => byIndex.get(index) as number) };
}

const FNV_OFFSET_BASIS = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const encoder = new TextEncoder();

function hashTerm(term: string): number {
  let hash = FNV_OFFSET_BASIS;
  for (const byte of encoder.encode(term)) {
    hash ^= byte;
    hash = Math.imul(hash, FNV_PRIME);
  }
  return hash >>> 0;
}
