import { createFormPainter, type FormPainter } from './create-form-painter.js';
import type { Prng } from './create-prng.js';
import type { Jurisdiction } from '../../tickets/ticket-schema.js';

const BACK_TEXT: Record<Jurisdiction, { title: string; blocks: [string, string][] }> = {
  QC: {
    title: 'FORMULAIRE DE RÉPONSE — PLAIDOYER',
    blocks: [
      ['Plaidoyer de culpabilité', 'Vous pouvez payer le montant total indiqué au recto. Ce paiement constitue un plaidoyer de culpabilité et un jugement sera réputé rendu.'],
      ['Plaidoyer de non-culpabilité', 'Cochez la case, signez et transmettez ce formulaire au greffe de la cour indiquée au recto dans les 30 jours de la signification.'],
      ['Avis', 'À défaut de transmettre un plaidoyer dans le délai, un jugement peut être rendu en votre absence et des frais supplémentaires peuvent s’ajouter.'],
      ['Changement d’adresse', 'Indiquez votre nouvelle adresse ci-dessous.'],
    ],
  },
  ON: {
    title: 'OPTIONS — YOU MUST CHOOSE ONE WITHIN 15 DAYS',
    blocks: [
      ['OPTION 1 — PLEA OF GUILTY — VOLUNTARY PAYMENT OF TOTAL PAYABLE', 'Pay the total payable shown on the front of this notice. Payment constitutes a plea of guilty and a conviction will be registered.'],
      ['OPTION 2 — EARLY RESOLUTION — MEET WITH PROSECUTOR', 'Check this option and mail or deliver this notice to the court office shown on the front. You will be sent a notice of the date and time of your meeting.'],
      ['OPTION 3 — TRIAL OPTION', 'Check this option and deliver this notice to the court office. You will be sent a notice of the date and time of your trial.'],
      ['IF YOU DO NOTHING', 'You will be deemed not to dispute the charge and a justice may enter a conviction in your absence.'],
    ],
  },
  NY: {
    title: 'INSTRUCTIONS — ANSWERING THIS TICKET',
    blocks: [
      ['GUILTY PLEA BY MAIL', 'Complete the guilty plea section, sign it and mail it to the court or bureau named on the front. You will be notified of the fine and surcharge.'],
      ['NOT GUILTY PLEA', 'Complete the not guilty section and mail it within 48 hours to request a supporting deposition; you will be notified of a hearing or trial date.'],
      ['FAILURE TO ANSWER', 'If you do not answer, your license may be suspended and a default conviction may be entered.'],
    ],
  },
};

/** The back of a form: plea options and instructions, for the two-page PDF scan. */
export function drawFormBack({ prng, jurisdiction, width, height }: { prng: Prng; jurisdiction: Jurisdiction; width: number; height: number }): FormPainter {
  const p = createFormPainter({ width, height, prng, paper: '#fbfbf7', formInk: '#1b1b1b', dataInk: '#1b1b1b', fillOffset: { dx: 0, dy: 0 } });
  const { title, blocks } = BACK_TEXT[jurisdiction];
  const margin = 40;
  p.text(title, margin, 40, { size: 10, font: 'sansBold', maxWidth: width - 2 * margin });
  let y = 110;
  for (const [heading, body] of blocks) {
    p.checkbox(margin, y, 26, false);
    p.text(heading, margin + 40, y, { size: 7.5, font: 'sansBold', maxWidth: width - 2 * margin - 40 });
    y = p.paragraph(body, margin + 40, y + 34, width - 2 * margin - 40, { size: 6.5 }) + 30;
  }
  p.field(margin, y, width - 2 * margin, 80, jurisdiction === 'QC' ? 'Signature' : 'Signature / Date', '');
  p.field(margin, y + 90, width - 2 * margin, 80, jurisdiction === 'QC' ? 'Nouvelle adresse' : 'New address', '');
  return p;
}
