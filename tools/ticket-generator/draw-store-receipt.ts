import { createFormPainter, type FormPainter } from './create-form-painter.js';
import type { Prng } from './create-prng.js';
import { formatMoney } from './format-money.js';
import { shiftIsoDate } from './shift-iso-date.js';

const ITEMS_FR = ['LAIT 2% 2L', 'PAIN TRANCHÉ', 'BANANES', 'CAFÉ MOULU', 'ŒUFS GROS 12', 'FROMAGE CHEDDAR', 'JUS ORANGE', 'ESSENCE RÉG.'];
const ITEMS_EN = ['MILK 2% 4L', 'WHITE BREAD', 'BANANAS', 'GROUND COFFEE', 'EGGS LARGE DZ', 'CHEDDAR BLOCK', 'ORANGE JUICE', 'REGULAR GAS'];

/**
 * A thermal store receipt: a trap for the "is this a ticket" check, since it
 * has a number, a date, dollar amounts and a total, like a ticket does.
 */
export function drawStoreReceipt({ prng, today }: { prng: Prng; today: string }): FormPainter {
  const french = prng.chance(0.5);
  const p = createFormPainter({
    width: 640, height: 1500, prng, paper: '#f4f3ee', formInk: '#2a2a2a', dataInk: '#2a2a2a', fillOffset: { dx: 0, dy: 0 },
  });
  const mono = { font: 'mono' as const, size: 8.5, color: '#2b2b2b' };
  let y = 40;
  const line = (left: string, right = ''): void => {
    p.text(left, 40, y, mono);
    if (right) p.text(right, 600, y, { ...mono, align: 'right' });
    y += 36;
  };
  p.text(french ? 'DÉPANNEUR DU COIN' : 'CORNER MARKET', 320, y, { font: 'monoBold', size: 13, align: 'center' });
  y += 60;
  p.text(french ? '1234, rue Principale, Laval QC' : '88 Main St, Mississauga ON', 320, y, { ...mono, align: 'center' });
  y += 36;
  p.text(`TPS/GST ${prng.int(100000000, 999999999)}RT0001`, 320, y, { ...mono, align: 'center' });
  y += 56;
  const date = shiftIsoDate(today, -prng.int(0, 20));
  line(`${date} ${String(prng.int(7, 22)).padStart(2, '0')}:${String(prng.int(0, 59)).padStart(2, '0')}`, `#${prng.int(1000, 9999)}`);
  line('--------------------------------');
  let subtotal = 0;
  const items = french ? ITEMS_FR : ITEMS_EN;
  for (let i = prng.int(3, 7); i > 0; i--) {
    const cents = prng.int(129, 2499);
    subtotal += cents;
    line(prng.pick(items), formatMoney(cents, french ? 'fr' : 'en'));
  }
  line('--------------------------------');
  const gst = Math.round(subtotal * 0.05);
  const pst = Math.round(subtotal * (french ? 0.09975 : 0.08));
  line(french ? 'SOUS-TOTAL' : 'SUBTOTAL', formatMoney(subtotal, french ? 'fr' : 'en'));
  line('TPS/GST 5%', formatMoney(gst, french ? 'fr' : 'en'));
  line(french ? 'TVQ 9,975%' : 'HST 8%', formatMoney(pst, french ? 'fr' : 'en'));
  y += 10;
  p.text('TOTAL', 40, y, { ...mono, font: 'monoBold', size: 11 });
  p.text(formatMoney(subtotal + gst + pst, french ? 'fr' : 'en'), 600, y, { ...mono, font: 'monoBold', size: 11, align: 'right' });
  y += 60;
  line(french ? 'DÉBIT INTERAC' : 'INTERAC DEBIT', `****${prng.int(1000, 9999)}`);
  line(french ? 'AUTORISATION' : 'AUTH', String(prng.int(100000, 999999)));
  line(french ? '01 APPROUVÉE - MERCI' : '00 APPROVED - THANK YOU');
  y += 30;
  p.text(french ? 'MERCI DE VOTRE VISITE!' : 'THANK YOU FOR SHOPPING!', 320, y, { ...mono, align: 'center' });
  y += 60;
  p.barcode(80, y, 480, 90);
  return p;
}
