// Words that appear on QC, ON and NY ticket forms. Upside-down or sideways
// text read as if upright yields gibberish with few of them.
const TICKET_KEYWORDS = [
  'constat',
  'infraction',
  'amende',
  'code',
  'sécurité',
  'routière',
  'poursuivant',
  'municipale',
  'vitesse',
  'frais',
  'total',
  'offence',
  'notice',
  'provincial',
  'highway',
  'traffic',
  'ticket',
  'vehicle',
  'court',
  'fine',
  'speed',
  'date',
  'licence',
  'license',
  'plate',
  'plaque',
  'permis',
  'section',
  'article',
  'ontario',
  'québec',
  'york',
  'km/h',
  'mph',
];

/** How many distinct ticket words the text holds (accents and case ignored). */
export function countTicketKeywords({ text }: { text: string }): number {
  const folded = foldText(text);
  return TICKET_KEYWORDS.filter((keyword) => folded.includes(foldText(keyword))).length;
}

function foldText(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}
