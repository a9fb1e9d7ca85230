import express from 'express';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../logging/create-logger.js';
import { createStaffApiRouter } from './create-staff-api-router.js';
import type { StaffPort } from './staff-port.js';

const staff: StaffPort = {
  getConversation: async () => null,
  getCase: async () => null,
  releaseHandoff: async () => 'not-found',
  sendStaffReply: async () => null,
};

const NO_DATABASE = {} as Parameters<typeof createStaffApiRouter>[0]['prisma'];

async function fetchDocument({ token }: { token: string | undefined } = { token: 'secret-token' }) {
  const app = express().use(
    // The document is served before authentication: no staff member is ever looked up.
    createStaffApiRouter({ staff, prisma: NO_DATABASE, token, now: () => new Date(), logger: createLogger({ level: 'silent' }), publicBaseUrl: 'https://bot.example' }),
  );
  const res = await request(app).get('/api/v1/openapi.json');
  expect(res.status).toBe(200);
  return res.body;
}

const STAFF_OPERATIONS: [string, string][] = [
  ['/api/v1/conversations/{id}', 'get'],
  ['/api/v1/cases/{id}', 'get'],
  ['/api/v1/clients/{id}/export', 'get'],
  ['/api/v1/conversations/{id}/release', 'post'],
  ['/api/v1/conversations/{id}/messages', 'post'],
  ['/api/v1/cases/{id}/payments', 'post'],
  ['/api/v1/exports/quickbooks.csv', 'get'],
];

const PUBLIC_OPERATIONS: [string, string][] = [
  ['/healthz', 'get'],
  ['/readyz', 'get'],
  ['/metrics', 'get'],
  ['/chat/sessions', 'post'],
  ['/chat/sessions/{id}/messages', 'post'],
  ['/chat/sessions/{id}/messages', 'get'],
  ['/chat/sessions/{id}/events', 'get'],
  ['/webhooks/twilio/messaging', 'post'],
  ['/webhooks/twilio/status', 'post'],
  ['/api/messages', 'post'],
];

/** Every "$ref" in the document, with where it was found. */
function collectRefs(value: unknown, at = '#', out: [string, string][] = []): [string, string][] {
  if (Array.isArray(value)) value.forEach((item, i) => collectRefs(item, `${at}/${i}`, out));
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key === '$ref' && typeof inner === 'string') out.push([at, inner]);
      else collectRefs(inner, `${at}/${key}`, out);
    }
  }
  return out;
}

function resolve(doc: unknown, pointer: string): unknown {
  return pointer
    .replace(/^#\//, '')
    .split('/')
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], doc);
}

describe('GET /api/v1/openapi.json', () => {
  it('is served without a token, even with the staff API off', async () => {
    const doc = await fetchDocument({ token: undefined });
    expect(doc.openapi).toBe('3.1.0');
  });

  it('is an OpenAPI 3.1 document with info, the server, and every endpoint', async () => {
    const doc = await fetchDocument();
    expect(doc.openapi).toMatch(/^3\.1\.\d+$/);
    expect(doc.info).toEqual(expect.objectContaining({ title: expect.any(String), version: expect.any(String) }));
    expect(doc.servers).toEqual([{ url: 'https://bot.example' }]);
    for (const [path, method] of [...STAFF_OPERATIONS, ...PUBLIC_OPERATIONS]) {
      const operation = doc.paths[path]?.[method];
      expect(operation, `${method.toUpperCase()} ${path}`).toBeDefined();
      expect(Object.keys(operation.responses).length, `${method} ${path} responses`).toBeGreaterThan(0);
      for (const status of Object.keys(operation.responses)) expect(status).toMatch(/^[1-5]\d\d$/);
    }
  });

  it('declares the staff bearer scheme on every staff operation, with 401 and 503', async () => {
    const doc = await fetchDocument();
    expect(doc.components.securitySchemes.staffBearer).toEqual(
      expect.objectContaining({ type: 'http', scheme: 'bearer' }),
    );
    for (const [path, method] of STAFF_OPERATIONS) {
      const operation = doc.paths[path][method];
      expect(operation.security, `${method} ${path}`).toEqual([{ staffBearer: [] }]);
      expect(Object.keys(operation.responses)).toEqual(expect.arrayContaining(['401', '404', '503']));
    }
    expect(doc.paths['/api/v1/conversations/{id}/release'].post.responses).toHaveProperty('409');
    expect(doc.paths['/api/v1/conversations/{id}/messages'].post.responses).toHaveProperty('202');
    expect(doc.paths['/api/v1/conversations/{id}/messages'].post.responses).toHaveProperty('400');
    expect(Object.keys(doc.paths['/api/v1/cases/{id}/payments'].post.responses)).toEqual(expect.arrayContaining(['200', '201', '409', '422']));
    expect(doc.components.schemas.InteracPaymentRequest.required).toEqual(expect.arrayContaining(['method', 'reference', 'amountCents']));
  });

  it('describes the staff views from their zod schemas, and every $ref resolves', async () => {
    const doc = await fetchDocument();
    const schemas = doc.components.schemas;
    expect(schemas.StaffConversationView.required).toEqual(
      expect.arrayContaining(['maskedAddress', 'handoff', 'state', 'cases', 'messages']),
    );
    expect(schemas.StaffConversationView.properties.messages.maxItems).toBe(50);
    expect(schemas.StaffCaseView.required).toContain('ticket');
    expect(schemas.StaffReplyRequest.properties.text).toEqual(
      expect.objectContaining({ type: 'string', minLength: 1, maxLength: 1600 }),
    );
    for (const schema of Object.values<Record<string, unknown>>(schemas)) {
      expect(schema).not.toHaveProperty('$schema');
      expect(schema).not.toHaveProperty('$id');
    }
    const refs = collectRefs(doc);
    expect(refs.length).toBeGreaterThan(10);
    for (const [at, ref] of refs) expect(resolve(doc, ref), `${ref} at ${at}`).toBeDefined();
  });

  it('names only declared security schemes', async () => {
    const doc = await fetchDocument();
    const declared = Object.keys(doc.components.securitySchemes);
    for (const item of Object.values<Record<string, { security?: Record<string, unknown>[] }>>(doc.paths)) {
      for (const operation of Object.values(item)) {
        for (const requirement of operation.security ?? []) {
          for (const name of Object.keys(requirement)) expect(declared).toContain(name);
        }
      }
    }
  });
});
