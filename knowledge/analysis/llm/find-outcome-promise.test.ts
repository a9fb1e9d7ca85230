import { describe, expect, it } from 'vitest';
import { findOutcomePromise } from './find-outcome-promise.js';

describe('findOutcomePromise', () => {
  it.each([
    ['We guarantee the ticket will be dismissed.', 'guarantee'],
    ['Guaranteed acquittal.', 'guaranteed'],
    ['Acquittement garanti par notre cabinet.', 'garanti'],
    ['Le résultat est GARANTIE.', 'garantie'],
    ['Resultado garantizado.', 'garantizado'],
    ['Le ofrecemos una garantía total.', 'garantia'],
    ['You will win this case.', 'you will win'],
    ["You'll definitely be acquitted.", "you'll definitely be acquitted"],
    ['The driver is certain to be acquitted.', 'certain to be acquitted'],
    ['Acquittal is certain with this radar.', 'acquittal is certain'],
    ['You cannot lose.', 'you cannot lose.'],
    ['100 % de chances.', '100 %'],
    ['100% sure.', '100%'],
    ['Vous allez gagner devant la cour municipale.', 'vous allez gagner'],
    ['Vous serez acquitté.', 'vous serez acquitte'],
    ['C’est gagné d’avance.', "c'est gagne"],
    ['Gagner à coup sûr.', 'a coup sur'],
    ['Usted va a ganar.', 'va a ganar'],
    ['Con este radar, usted será absuelto.', 'sera absuelto'],
    ['Le prometemos el mejor resultado.', 'le prometemos'],
  ])('flags %j', (text, match) => {
    expect(findOutcomePromise({ texts: ['Une phrase neutre.', text] })).toBe(match);
  });

  it.each([
    'You could be acquitted if the prosecution cannot produce the radar logs.',
    'The Charter protects the right to be tried within a reasonable time.',
    'Vous pourriez obtenir un acquittement si la preuve du cinémomètre manque.',
    'Usted podría ganar si el agente no se presenta.',
    'La multa es de 100 dólares y 3 puntos.',
    'A 10 % surcharge is added to the fine.',
    'You cannot lose your licence for this ticket alone, but points add up.',
    'No puede perder el plazo de 30 días.',
    'If you win at trial, no points are recorded.',
    'Si vous gagnez, aucun point ne sera inscrit.',
  ])('lets a hedged sentence through: %j', (text) => {
    expect(findOutcomePromise({ texts: [text] })).toBeNull();
  });
});
