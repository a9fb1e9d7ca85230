/**
 * Words that promise a result, in the three languages we answer in. Matched on
 * lower-case text without accents, so "garantía", "acquitté" and "GARANTI"
 * all count. Deliberately blunt: the system prompt tells the model never to use
 * "guarantee" and its cognates at all (not even for a right "guaranteed" by the
 * Charter), so a hit is never a legitimate sentence we throw away unwarned.
 * The Law Society of Ontario forbids licensees to guarantee an outcome, and
 * the firm applies that everywhere.
 */
const PROMISES: readonly RegExp[] = [
  // guarantee, guaranteed, guaranty; garanti, garantie, garantit, garantir; garantizado, garantía, garantizamos…
  /\bguarant(?:ee|y)\w*/,
  /\bgaranti\w*/,
  /\b100 ?(?:%|percent\b|per cent\b|pour cent\b|por ciento\b)/,
  /\bcien por ciento\b/,
  /\b(?:you|we|they|he|she|i)(?: will|'ll| are going to|'re going to| shall)(?: definitely| certainly| surely)? (?:win|be acquitted|get (?:it|the \w+) dismissed|beat (?:it|this|the \w+))\b/,
  /\b(?:certain|sure|assured|bound) (?:to|of) (?:win|winning|be acquitted|an acquittal|acquittal|succeed|beat)\b/,
  /\b(?:certain|assured|sure|guaranteed) (?:acquittal|win|victory|dismissal|success)\b/,
  /\b(?:acquittal|dismissal|victory|success|a win) is (?:certain|assured|sure|a sure thing|a given)\b/,
  /\b(?:you|we) (?:cannot|can not|can't|won't|will not) lose(?: (?:this|the|your) (?:case|trial|contest))?(?:[.!,;]|$)/,
  /\b(?:we|i) promise\b/,
  /\b(?:vous allez|tu vas|on va|nous allons) (?:gagner|etre acquitte|l'emporter)\b/,
  /\b(?:vous gagnerez|tu gagneras|vous l'emporterez)\b/,
  /\b(?:vous serez|tu seras) (?:acquitte|libere)/,
  /\b(?:acquittement|victoire|succes|gain de cause)(?: est)? (?:assure|certain)/,
  /\bcertaine?s? (?:d'etre acquitte|de gagner|d'obtenir gain de cause)/,
  /\ba coup sur\b/,
  /\bc'est gagne\b/,
  /\b(?:nous vous promettons|je vous promets|nous promettons|je promets)\b/,
  /\b(?:va|vas|van|vamos) a ganar\b/,
  /\b(?:usted|tu) ganara\b/,
  /\bganara (?:el caso|seguro|sin duda)\b/,
  /\b(?:sera|seras) absuelt[oa]\b/,
  /\b(?:absolucion|victoria|exito) (?:esta )?(?:asegurad[oa]|segur[oa])\b/,
  /\bseguro que (?:gana|ganara|saldra absuelto)\b/,
  /\bno (?:puede|puedes|podemos) perder(?: (?:el|este) (?:caso|juicio))?(?:[.!,;]|$)/,
  /\b(?:le |les )?(?:prometemos|prometo)\b/,
];

/** The first outcome promise in `texts`, as matched (lower case, without accents), or null. */
export function findOutcomePromise({ texts }: { texts: readonly string[] }): string | null {
  for (const text of texts) {
    const plain = text
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[\u2018\u2019\u02bc]/g, "'")
      .replace(/\s+/g, ' ');
    for (const pattern of PROMISES) {
      const match = pattern.exec(plain);
      if (match) return match[0];
    }
  }
  return null;
}
