import { serializeError } from './serialize-error.js';

/**
 * Masking for log lines (Novu-style): we never log message bodies, phone
 * numbers, licence numbers or tokens in clear. Keys below are masked by name
 * anywhere in a log object; every other string is scanned for phone numbers.
 */
const SECRET_KEYS = new Set([
  'body',
  'text',
  'Body',
  'token',
  'authorization',
  'password',
  'authToken',
  'apiKey',
  'licenceNumber',
  'licenseNumber',
  'dateOfBirth',
  'email',
  'firstName',
  'snapshot',
]);
const PHONE_KEYS = new Set(['phone', 'from', 'to', 'From', 'To', 'address', 'sender', 'WaId']);

// Not inside a longer token: a UUID or a provider id has digit runs too.
const PHONE_PATTERN = /(?<![\w-])(?:whatsapp:)?\+?\d[\d\s().-]{8,}\d(?![\w-])/g;

export function maskPhone(value: string): string {
  const digits = value.replace(/\D/g, '');
  if (digits.length < 7) return '***';
  return `***${digits.slice(-3)}`;
}

export function maskString(value: string): string {
  return value.replace(PHONE_PATTERN, (match) => maskPhone(match));
}

export function maskPersonalData(value: unknown, depth = 0): unknown {
  if (depth > 6) return '[depth]';
  if (typeof value === 'string') return maskString(value);
  if (Array.isArray(value)) return value.map((item) => maskPersonalData(item, depth + 1));
  if (value instanceof Error) return maskPersonalData(serializeError(value), depth + 1);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
      if (SECRET_KEYS.has(key)) {
        out[key] = inner == null ? inner : typeof inner === 'string' ? `[redacted ${inner.length} chars]` : '[redacted]';
      } else if (PHONE_KEYS.has(key) && typeof inner === 'string') {
        out[key] = maskPhone(inner);
      } else {
        out[key] = maskPersonalData(inner, depth + 1);
      }
    }
    return out;
  }
  return value;
}
