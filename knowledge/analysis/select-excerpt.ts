/**
 * The sentence(s) of a chunk that best match what cites it, at most `maxLength`
 * characters: the lawyer sees the passage the model leaned on, not the start of
 * a long statute section. Matching is by shared words (accents and case
 * ignored), which needs no model and gives the same excerpt every time.
 */
export function selectExcerpt({ text, about, maxLength = 300 }: { text: string; about: readonly string[]; maxLength?: number }): string {
  const sentences = splitSentences(text);
  if (sentences.length === 0) return cut(text.trim(), maxLength);
  const wanted = new Set(about.flatMap(words));
  let best = 0;
  let bestScore = -1;
  sentences.forEach((sentence, index) => {
    const score = new Set(words(sentence).filter((word) => wanted.has(word))).size;
    if (score > bestScore) {
      best = index;
      bestScore = score;
    }
  });
  let excerpt = sentences[best];
  if (excerpt.length > maxLength) return cut(excerpt, maxLength);
  for (let next = best + 1; next < sentences.length && excerpt.length + 1 + sentences[next].length <= maxLength; next += 1) {
    excerpt = `${excerpt} ${sentences[next]}`;
  }
  return excerpt;
}

function splitSentences(text: string): string[] {
  return text
    .split(/\n\s*\n|\n(?=\s*(?:[-*#]|\d+[.)]))/)
    .flatMap((paragraph) => paragraph.replace(/^\s*#+\s*/gm, '').replace(/\s+/g, ' ').trim().split(/(?<=[.!?;])\s+(?=\S)/))
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 0);
}

function words(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length >= 4);
}

function cut(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  const head = text.slice(0, maxLength - 1);
  const space = head.lastIndexOf(' ');
  return `${(space > maxLength / 2 ? head.slice(0, space) : head).trimEnd()}…`;
}
