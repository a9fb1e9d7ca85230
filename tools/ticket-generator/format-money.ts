/**
 * Money as the forms print it: Quebec "1 143,00 $", Ontario and New York
 * "$1,143.00". Integer cents in, never floats.
 */
export function formatMoney(cents: number, style: 'fr' | 'en'): string {
  const dollars = Math.floor(cents / 100);
  const rest = String(cents % 100).padStart(2, '0');
  const grouped = String(dollars).replace(/\B(?=(\d{3})+(?!\d))/g, style === 'fr' ? ' ' : ',');
  return style === 'fr' ? `${grouped},${rest} $` : `$${grouped}.${rest}`;
}
