import { describe, expect, it } from 'vitest';
import { countTickets } from './count-tickets.js';

describe('countTickets', () => {
  it('counts one for a bilingual title and two for two notices side by side', () => {
    expect(countTickets({ text: 'OFFENCE NOTICE\nAVIS D’INFRACTION\nSet fine $85.00' })).toBe(1);
    expect(countTickets({ text: 'OFFENCE NOTICE\nOFFENCE NOTICE\nAVIS D’INFRACTION AVIS D’INFRACTION' })).toBe(2);
  });

  it('counts none without a form title', () => {
    expect(countTickets({ text: 'DÉPANNEUR DU COIN\nTOTAL 23,45 $' })).toBe(0);
  });
});
