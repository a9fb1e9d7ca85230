import { describe, expect, it } from 'vitest';
import { makeReviewCard } from './make-review-card.test-support.js';
import { renderReviewCard } from './render-review-card.js';

type AnyBlock = { type: string; text?: { text: string }; elements?: { action_id?: string; value?: string; style?: string; text?: string | { text: string } }[] };
const blocksOf = (card = makeReviewCard()) => renderReviewCard({ card }).blocks as AnyBlock[];
const allText = (blocks: AnyBlock[]) => JSON.stringify(blocks);

describe('renderReviewCard', () => {
  it('names the client by first name and case number only, with the ticket line', () => {
    const { text, blocks } = renderReviewCard({ card: makeReviewCard() });
    expect(text).toBe('Case T911-000042 — Marie: Speeding (62 km/h in a 50 zone) — 2026-11-02, Toronto');
    expect(blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: 'Case T911-000042 — Marie' } });
  });

  it('paints the deadline red with :red_circle: under five days, neutral otherwise', () => {
    const red = renderReviewCard({ card: makeReviewCard({ daysLeft: 4 }) }).attachments[0];
    expect(red.color).toBe('#d00000');
    expect(JSON.stringify(red.blocks)).toContain(':red_circle: Respond by 2026-11-30 · days left: 4');
    const past = renderReviewCard({ card: makeReviewCard({ daysLeft: -2 }) }).attachments[0];
    expect(past.color).toBe('#d00000');
    expect(JSON.stringify(past.blocks)).toContain('past by 2 days');
    const calm = renderReviewCard({ card: makeReviewCard({ daysLeft: 12 }) }).attachments[0];
    expect(calm.color).not.toBe('#d00000');
    expect(JSON.stringify(calm.blocks)).not.toContain(':red_circle:');
  });

  it('shows the score, signed factors, linked citations and the offline-rules warning', () => {
    const text = allText(blocksOf(makeReviewCard({ needsReview: true, engine: 'offline' })));
    expect(text).toContain('*Score:* 64/100 · engine: offline');
    expect(text).toContain('• +3 Radar calibration not disclosed');
    expect(text).toContain('• −2 Officer notes are detailed');
    expect(text).toContain('<https://scc-csc.lexum.com/scc-csc/scc-csc/en/item/16057/index.do|R. v. Jordan, 2016 SCC 27>');
    expect(text).toContain('The model failed, the offline rules answered: check closely.');
  });

  it('splits a 7000-character draft into sections of at most 3000 characters, losing nothing', () => {
    const paragraph = 'The officer did not disclose the radar calibration log & the <notes>. ';
    const draft = paragraph.repeat(Math.ceil(7000 / paragraph.length)).slice(0, 7000);
    const card = makeReviewCard({ draft: { ...makeReviewCard().draft, version: 4, text: draft } });
    const blocks = blocksOf(card);
    const headingIndex = blocks.findIndex((block) => block.text?.text.startsWith('*Draft* — version 4 · a1b2c3d4e5f6'));
    expect(headingIndex).toBeGreaterThan(0);
    const sections = blocks.slice(headingIndex + 1).filter((block) => block.type === 'section' && !block.text!.text.startsWith('*History*'));
    expect(sections.length).toBeGreaterThanOrEqual(3);
    for (const section of sections) expect(section.text!.text.length).toBeLessThanOrEqual(3000);
    const unescaped = sections.map((section) => section.text!.text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')).join('');
    expect(unescaped).toBe(draft);
  });

  it('mentions the on-duty lawyer with an Urgent label on an urgent case', () => {
    const { text, blocks } = renderReviewCard({ card: makeReviewCard({ urgent: true, onDutyUserId: 'UONDUTY', daysLeft: 2 }) });
    expect(text.startsWith('<@UONDUTY> :rotating_light: *Urgent*')).toBe(true);
    expect(allText(blocks as AnyBlock[])).toContain('<@UONDUTY> :rotating_light: *Urgent*');
  });

  it('offers the four buttons, each carrying the review id, while pending', () => {
    const actions = blocksOf().find((block) => block.type === 'actions');
    expect(actions?.elements?.map(({ action_id, value, style }) => ({ action_id, value, style }))).toEqual([
      { action_id: 'review_approve', value: 'rev-1', style: 'primary' },
      { action_id: 'review_edit', value: 'rev-1', style: undefined },
      { action_id: 'review_reject', value: 'rev-1', style: 'danger' },
      { action_id: 'review_ask', value: 'rev-1', style: undefined },
    ]);
  });

  it('replaces the buttons with who decided once approved or rejected, times in the market zone', () => {
    const approved = makeReviewCard({
      market: 'qc',
      status: 'approved',
      history: [{ at: '2026-11-21T19:03:00.000Z', actor: 'slack:U123', action: 'approved', detail: null }],
    });
    const blocks = blocksOf(approved);
    expect(blocks.some((block) => block.type === 'actions')).toBe(false);
    expect(blocks.at(-1)).toEqual({ type: 'context', elements: [{ type: 'mrkdwn', text: 'Approuvé par <@U123> le 2026-11-21 14:03' }] });
    const rejected = blocksOf(makeReviewCard({ status: 'rejected', history: [{ at: '2026-11-21T19:03:00.000Z', actor: 'slack:U9', action: 'rejected', detail: 'No <chance>' }] }));
    expect(rejected.at(-1)?.elements?.[0]?.text).toBe('Rejected by <@U9> at 2026-11-21 14:03 — No &lt;chance&gt;');
  });

  it('shows the hearing and the outcome, the fine in the market currency', () => {
    const card = makeReviewCard({
      status: 'closed',
      hearing: { at: '2027-01-15T14:30:00.000Z', timeZone: 'America/Toronto', court: 'Toronto Court', room: '101' },
      outcome: { outcome: 'reduced', points: 2, fineCents: 12550 },
    });
    const text = allText(blocksOf(card));
    expect(text).toContain('*Hearing:* 2027-01-15 09:30 — Toronto Court, room 101');
    expect(text).toContain('*Outcome:* Reduced · new points: 2 · new fine: $125.50');
  });
});
