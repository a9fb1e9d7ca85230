import { describe, expect, it } from 'vitest';
import { maskEmailAddress, maskPhoneNumber } from './mask-destination.js';

describe('masked destinations', () => {
  it('keep the last four digits of a phone number', () => {
    expect(maskPhoneNumber('+15145551234')).toBe('•••• 1234');
    expect(maskPhoneNumber('whatsapp:+14165550199')).toBe('•••• 0199');
  });

  it('keep the first letter and the domain of an email address', () => {
    expect(maskEmailAddress('jean.tremblay@gmail.com')).toBe('j•••@gmail.com');
  });
});
