import { describe, expect, it } from 'vitest';
import { makeReviewCard } from './make-review-card.test-support.js';
import { readEditedDraft, renderEditModal } from './render-edit-modal.js';

type AnyBlock = { type: string; block_id?: string; optional?: boolean; text?: { text: string }; element?: { initial_value?: string; max_length?: number } };

/** What Slack sends back for an untouched modal: each input's initial value under its block and action. */
function submitUntouched(blocks: AnyBlock[]) {
  return Object.fromEntries(blocks.filter((b) => b.type === 'input').map((b) => [b.block_id!, { draft_input: { value: b.element?.initial_value ?? null } }]));
}

describe('renderEditModal', () => {
  it('puts a draft longer than one box in several, says so, and an untouched save gives back the same text', () => {
    const paragraph = 'Attendu que le cinémomètre n’a pas été vérifié selon les règles de l’art. '.repeat(20);
    const text = `${paragraph}\n${paragraph}\n${'x'.repeat(3200)}`;
    const view = renderEditModal({ card: makeReviewCard({ draft: { ...makeReviewCard().draft, text } }), language: 'en', channel: 'CON' });
    const blocks = view.blocks as AnyBlock[];
    const inputs = blocks.filter((block) => block.type === 'input');
    expect(inputs.length).toBeGreaterThanOrEqual(3);
    expect(inputs.every((input) => (input.element?.initial_value?.length ?? 0) <= 3000 && input.element?.max_length === 3000)).toBe(true);
    expect(inputs.map((input) => input.optional ?? false)).toEqual([false, ...inputs.slice(1).map(() => true)]);
    expect(blocks.some((block) => block.text?.text.includes(`This draft has ${text.length} characters and one box holds 3000: it is in ${inputs.length} boxes`))).toBe(true);
    const { separators } = JSON.parse(view.private_metadata!) as { separators: string[] };
    expect(readEditedDraft({ values: submitUntouched(blocks), separators })).toBe(text);
  });

  it('an emptied box removes its part; the others keep their order', () => {
    const values = { draft: { draft_input: { value: 'one' } }, draft_2: { draft_input: { value: '' } }, draft_3: { draft_input: { value: 'three' } } };
    expect(readEditedDraft({ values, separators: ['\n', ' '] })).toBe('one three');
  });

  it('one box and nothing about length for a draft that fits', () => {
    const view = renderEditModal({ card: makeReviewCard(), language: 'fr', channel: null });
    expect(view.title).toEqual({ type: 'plain_text', text: 'Modifier le projet' });
    expect((view.blocks as AnyBlock[]).filter((block) => block.type === 'section')).toEqual([]);
    expect((view.blocks as AnyBlock[]).filter((block) => block.type === 'input').map((b) => b.block_id)).toEqual(['draft']);
  });
});
