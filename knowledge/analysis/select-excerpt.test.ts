import { describe, expect, it } from 'vitest';
import { selectExcerpt } from './select-excerpt.js';

const TEXT =
  "## Art. 160\n\nLe défendeur doit, dans les 30 jours de la signification du constat d'infraction, transmettre un plaidoyer. Le défendeur qui plaide non coupable peut demander la communication de la preuve. À défaut de plaidoyer, un jugement par défaut peut être rendu.";

describe('selectExcerpt', () => {
  it('starts at the sentence sharing the most words with what cites it, and adds the next ones while they fit', () => {
    const excerpt = selectExcerpt({ text: TEXT, about: ['Demander la communication de la preuve avant le procès'] });
    expect(excerpt).toBe('Le défendeur qui plaide non coupable peut demander la communication de la preuve. À défaut de plaidoyer, un jugement par défaut peut être rendu.');
  });

  it('ignores accents and case, and drops Markdown headings', () => {
    const excerpt = selectExcerpt({ text: TEXT, about: ['JUGEMENT PAR DEFAUT'], maxLength: 80 });
    expect(excerpt).toBe('À défaut de plaidoyer, un jugement par défaut peut être rendu.');
    expect(selectExcerpt({ text: TEXT, about: [] })).not.toContain('#');
  });

  it('cuts a sentence longer than maxLength at a word, with an ellipsis', () => {
    const long = `${'Le poursuivant doit établir chaque élément essentiel de l’infraction hors de tout doute raisonnable '.repeat(5)}.`;
    const excerpt = selectExcerpt({ text: long, about: ['doute raisonnable'], maxLength: 120 });
    expect(excerpt.length).toBeLessThanOrEqual(120);
    expect(excerpt).toMatch(/\S…$/);
    expect(long).toContain(excerpt.slice(0, -1));
  });

  it('never exceeds 300 characters by default', () => {
    expect(selectExcerpt({ text: 'Phrase courte. '.repeat(100), about: ['courte'] }).length).toBeLessThanOrEqual(300);
  });
});
