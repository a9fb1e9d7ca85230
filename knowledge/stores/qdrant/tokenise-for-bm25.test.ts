import { describe, expect, it } from 'vitest';
import { tokeniseForBm25 } from './tokenise-for-bm25.js';

describe('tokeniseForBm25', () => {
  it('drops French and English stop words, accents and elisions', () => {
    expect(tokeniseForBm25({ text: "Le conducteur d'un véhicule doit respecter la limite de vitesse" })).toEqual([
      'conducteur', 'vehicule', 'doit', 'respecter', 'limite', 'vitesse',
    ]);
    expect(tokeniseForBm25({ text: 'The driver of a vehicle shall not exceed the speed limit' })).toEqual([
      'driver', 'vehicle', 'shall', 'exceed', 'speed', 'limit',
    ]);
  });

  it('keeps section references whole and adds the section number they hang from', () => {
    expect(tokeniseForBm25({ text: 'Art. 1180(d), art. 78.1 et 1225-c (voir 328).' })).toEqual([
      'art', '1180(d)', '1180', 'art', '78.1', '78', '1225-c', '1225', 'voir', '328',
    ]);
  });

  it('keeps legal words and single digits, drops single letters', () => {
    expect(tokeniseForBm25({ text: 'article 5 b) loi' })).toEqual(['article', '5', 'loi']);
  });

  it('folds a final plural -s only, the same way for documents and queries', () => {
    expect(tokeniseForBm25({ text: 'amendes points tickets process bus' })).toEqual(['amende', 'point', 'ticket', 'process', 'bus']);
    expect(tokeniseForBm25({ text: 'amende' })).toEqual(tokeniseForBm25({ text: 'Amendes' }));
  });

  it('counts a hyphenated word for itself and its words', () => {
    expect(tokeniseForBm25({ text: 'un porte-voix' })).toEqual(['porte-voix', 'porte', 'voix']);
  });

  it('gives nothing for stop words alone', () => {
    expect(tokeniseForBm25({ text: 'de la, the of — à' })).toEqual([]);
  });
});
