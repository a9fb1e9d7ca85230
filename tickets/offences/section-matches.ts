/**
 * How a section read on a ticket relates to a catalogued one: the same, more
 * precise ("1111(d)(1)" under "1111(d)", "78.1(1)" under "78.1") or less
 * precise ("136" above "136(1)(a)"). Both are normalised printed forms.
 */
export function sectionMatches(read: string, known: string): 'same' | 'narrower' | 'broader' | null {
  if (read === known) return 'same';
  if (read.startsWith(`${known}(`)) return 'narrower';
  if (known.startsWith(`${read}(`)) return 'broader';
  return null;
}
