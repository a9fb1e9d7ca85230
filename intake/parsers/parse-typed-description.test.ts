import { describe, expect, it } from 'vitest';
import { ticketReadingSchema } from '../ticket-reading.js';
import { parseTypedDescription } from './parse-typed-description.js';

const parse = (text: string, marketHint: 'QC' | 'ON' | 'NY' | null = null) =>
  ticketReadingSchema.parse(parseTypedDescription({ text, marketHint, today: '2025-01-15' }));

describe('parseTypedDescription', () => {
  it('reads English', () => {
    expect(parse('speeding 78 in a 50 on Sherbrooke, Montreal, $143')).toMatchObject({
      isTicket: true,
      jurisdiction: 'QC',
      offenceCategory: 'speeding',
      speed: { recorded: 78, limit: 50, unit: 'km/h' },
      fineCents: 14300,
      location: 'Sherbrooke, Montreal',
      issuedOn: null,
      section: null,
    });
    expect(parse('red light Toronto Oct 4 fine 325')).toMatchObject({
      jurisdiction: 'ON',
      offenceCategory: 'red_light',
      issuedOn: '2024-10-04',
      fineCents: 32500,
      location: 'Toronto',
    });
  });

  it('reads French', () => {
    expect(parse('excès de vitesse 112 dans un 90 sur la 20 à Drummondville, amende 250$')).toMatchObject({
      jurisdiction: 'QC',
      offenceText: 'excès de vitesse',
      offenceCategory: 'speeding',
      speed: { recorded: 112, limit: 90, unit: 'km/h' },
      fineCents: 25000,
      location: 'Drummondville',
    });
  });

  it('reads Spanish, with the unit of the place when none is typed', () => {
    expect(parse('me multaron por pasarme un semáforo en rojo en Brooklyn el 4 de octubre, 150 dólares')).toMatchObject({
      jurisdiction: 'NY',
      offenceCategory: 'red_light',
      issuedOn: '2024-10-04',
      fineCents: 15000,
      location: 'Brooklyn',
    });
    expect(parse('exceso de velocidad 65 en una zona de 45 en Queens').speed).toEqual({ recorded: 65, limit: 45, unit: 'mph' });
  });

  it('places "yesterday" and a ticket number', () => {
    expect(parse('got a ticket yesterday in Laval for my cell phone, ticket number 100391 204 556 871')).toMatchObject({
      offenceCategory: 'handheld_device',
      issuedOn: '2025-01-14',
      ticketNumber: '100391204556871',
    });
  });

  it('gives no unit, and so no speed, without a place', () => {
    expect(parse('speeding 78 in a 50').speed).toBeNull();
  });

  it('says a greeting is no ticket', () => {
    expect(parse('hello, is anyone there?')).toMatchObject({ isTicket: false, ticketCount: 0, confidence: 0 });
  });
});
