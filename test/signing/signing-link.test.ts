import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, createTestClock, type TestApp } from '../support/create-test-app.js';
import { seedCaseAwaitingSignature } from '../support/seed-case-awaiting-signature.js';

const TOKEN = 'staff-token-for-signatures-0123456789abcdef';
const DAY_MS = 86_400_000;

/** The code the chat received, read from the transcript as the driver would. */
async function codeFromChat(transcript: () => Promise<string[]>): Promise<string> {
  const texts = await transcript();
  const code = texts.map((text) => /\b(\d{6})\b/.exec(text)?.[1]).filter(Boolean).at(-1);
  if (!code) throw new Error(`no code in the chat: ${JSON.stringify(texts)}`);
  return code;
}

async function drawnSignature(): Promise<string> {
  const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="200"><path d="M20 150 C 120 20, 220 20, 300 120 S 480 180, 580 40" stroke="black" stroke-width="6" fill="none"/></svg>';
  const png = await sharp(Buffer.from(svg)).png().toBuffer();
  return `data:image/png;base64,${png.toString('base64')}`;
}

describe('the signing link (real app, real database)', () => {
  let t: TestApp;
  const auth = { authorization: `Bearer ${TOKEN}` };

  beforeAll(async () => {
    t = await createTestApp({ clock: createTestClock('2026-11-21T15:00:00Z'), env: { STAFF_API_TOKEN: TOKEN, INTERAC_EMAIL: 'paiements@example.ca' } });
  });
  afterAll(async () => {
    await t.close();
  });

  const page = (token: string) => request(t.app.express).get(`/sign/${token}`);
  const post = (token: string, step: 'code' | 'verify' | 'sign', form: Record<string, string>) => request(t.app.express).post(`/sign/${token}/${step}`).type('form').send(form);
  const clear = () => t.clock.advance(31_000); // past the resend pause

  it('offers the mandate after payment; opening the link signs nothing; code, drawn signature, sealed PDF, chat told, verify intact', async () => {
    const seeded = await seedCaseAwaitingSignature({ t, email: 'zoe@example.com' });
    const offered = await t.db.prisma.signatureRequest.findFirstOrThrow({ where: { caseId: seeded.caseId } });
    expect(offered).toMatchObject({ status: 'open', jurisdiction: 'QC', language: 'fr', templateVersion: expect.any(String) });
    expect(offered.tokenHash).toBe(createHash('sha256').update(seeded.token).digest('hex'));
    expect(JSON.stringify(offered)).not.toContain(seeded.token);

    const review = await page(seeded.token).expect(200);
    expect(review.headers['content-security-policy']).toContain("script-src 'self'");
    expect(review.headers['cache-control']).toBe('no-store');
    expect(review.text).toContain('Mandat et procuration');
    expect(review.text).toContain('Zoé');
    expect(await t.db.prisma.signatureRequest.findUniqueOrThrow({ where: { id: offered.id } })).toMatchObject({ status: 'open', signedAt: null });
    const unsigned = await request(t.app.express).get(`/sign/${seeded.token}/mandate.pdf`).expect(200);
    expect(createHash('sha256').update(unsigned.body).digest('hex')).toBe(offered.documentSha256);

    await post(seeded.token, 'code', { to: 'chat' }).expect(303).expect('location', `/sign/${seeded.token}`);
    await t.settle();
    const code = await codeFromChat(seeded.transcript);
    const stored = await t.db.prisma.signatureRequest.findUniqueOrThrow({ where: { id: offered.id } });
    expect(stored.codeHash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.codeHash).not.toContain(code);
    expect((await page(seeded.token).expect(200)).text).toContain('name="code"');

    await post(seeded.token, 'verify', { code }).expect(303);
    // The code's chat copy is masked once spent.
    expect((await seeded.transcript()).join('\n')).not.toContain(code);
    const sign = await page(seeded.token).expect(200);
    expect(sign.text).toContain('signature-pad');
    expect((await post(seeded.token, 'sign', { method: 'drawn', signature: await drawnSignature(), typedName: 'Zoé Tremblay' }).expect(422)).text).toMatch(/consent|consentement/i);

    const done = await post(seeded.token, 'sign', { method: 'drawn', signature: await drawnSignature(), typedName: 'Zoé Tremblay', consent: 'yes' }).expect(200);
    const signed = await t.db.prisma.signatureRequest.findUniqueOrThrow({ where: { id: offered.id }, include: { events: { orderBy: { at: 'asc' } } } });
    expect(signed).toMatchObject({ status: 'signed', method: 'drawn', signerName: 'Zoé Tremblay' });
    expect(done.text).toContain(signed.signedSha256!);
    expect(signed.events.map((e) => e.kind)).toEqual(['created', 'viewed', 'code_sent', 'code_verified', 'signed']);
    expect(signed.events.at(-1)).toMatchObject({ ip: expect.any(String), userAgent: null });

    const file = await request(t.app.express).get(`/signed/${signed.fileToken}`).expect(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(createHash('sha256').update(file.body).digest('hex')).toBe(signed.signedSha256);
    const pdf = await PDFDocument.load(file.body);
    const unsignedPages = (await PDFDocument.load(unsigned.body)).getPageCount();
    expect(pdf.getPageCount()).toBe(unsignedPages + 1);

    // The conversation hears of it, and the case moves on to lawyer review.
    await t.app.scheduler.runOnce();
    await t.settle();
    const chat = await seeded.transcript();
    expect(chat.at(-1)).toContain(`/signed/${signed.fileToken}`);
    expect(chat.at(-1)).toMatch(/^Signé, merci!/);
    expect((await t.db.prisma.case.findUniqueOrThrow({ where: { id: seeded.caseId } })).status).toBe('signed');
    expect((await t.db.prisma.conversation.findUniqueOrThrow({ where: { id: seeded.conversationId } })).snapshot).toMatchObject({ value: { active: { lawyerReview: 'awaitingLawyer' } } });
    expect(await t.db.prisma.outboundEmail.count({ where: { signatureRequestId: offered.id, template: 'signedMandate' } })).toBe(1);

    const verified = await request(t.app.express).get(`/api/v1/signatures/${offered.id}/verify`).set(auth).expect(200);
    expect(verified.body).toEqual({
      signatureRequestId: offered.id,
      caseId: seeded.caseId,
      storage: 'filesystem',
      signedAt: signed.signedAt!.toISOString(),
      expectedSha256: signed.signedSha256,
      actualSha256: signed.signedSha256,
      intact: true,
    });
    await request(t.app.express).get(`/api/v1/signatures/${offered.id}/verify`).expect(401);

    // Reused after signing: the page says so; a second submit signs nothing.
    expect((await page(seeded.token).expect(200)).text).toMatch(/déjà signé/i);
    await post(seeded.token, 'sign', { method: 'typed', typedName: 'Quelqu’un', consent: 'yes' }).expect(409);
    await post(seeded.token, 'code', { to: 'chat' }).expect(409);
    expect(await t.db.prisma.signatureEvent.count({ where: { signatureRequestId: offered.id, kind: 'signed' } })).toBe(1);

    // One byte changed in the stored file: verify says so.
    const onDisk = path.join(t.config.dataDir, 'documents', signed.signedFileKey!);
    const bytes = await readFile(onDisk);
    bytes[bytes.length - 10] ^= 0xff;
    await writeFile(onDisk, bytes);
    const tampered = await request(t.app.express).get(`/api/v1/signatures/${offered.id}/verify`).set(auth).expect(200);
    expect(tampered.body).toMatchObject({ intact: false, expectedSha256: signed.signedSha256 });
    expect(tampered.body.actualSha256).not.toBe(signed.signedSha256);
    await request(t.app.express).get('/api/v1/signatures/no-such-id/verify').set(auth).expect(404);
  });

  it('a tampered token finds nothing and learns nothing', async () => {
    const seeded = await seedCaseAwaitingSignature({ t, language: 'en' });
    const flipped = seeded.token.slice(0, -1) + (seeded.token.endsWith('A') ? 'B' : 'A');
    const response = await page(flipped).expect(404);
    expect(response.text).not.toContain('Zoé');
    await page('short').expect(404);
    await page(`${seeded.token}'--`).expect(404);
    await post(flipped, 'code', { to: 'chat' }).expect(404);
    expect(await t.db.prisma.signatureEvent.count({ where: { request: { caseId: seeded.caseId }, kind: { not: 'created' } } })).toBe(0);
  });

  it('five wrong codes lock the link; the chat says what to do, and the next message brings a new link', async () => {
    const seeded = await seedCaseAwaitingSignature({ t, language: 'en' });
    await post(seeded.token, 'code', { to: 'chat' }).expect(303);
    await t.settle();
    const code = await codeFromChat(seeded.transcript);
    const wrong = code === '000000' ? '111111' : '000000';
    for (let attempt = 1; attempt <= 4; attempt++) {
      const response = await post(seeded.token, 'verify', { code: wrong }).expect(422);
      expect(response.text).toContain(attempt === 4 ? '1 try left' : `${5 - attempt} tries left`);
    }
    await post(seeded.token, 'verify', { code: wrong }).expect(423);
    // Locked: even the right code no longer works.
    await post(seeded.token, 'verify', { code }).expect(409);
    expect((await page(seeded.token).expect(423)).text).toMatch(/locked/i);
    const locked = await t.db.prisma.signatureRequest.findFirstOrThrow({ where: { caseId: seeded.caseId } });
    expect(locked).toMatchObject({ status: 'locked', failedCodeAttempts: 5, codeHash: null });

    await t.app.scheduler.runOnce();
    await t.settle();
    expect((await seeded.transcript()).at(-1)).toBe('Your signing link was locked after too many wrong codes, to protect you. Write to us here and we will send you a new link.');
  });

  it('an expired link no longer opens, and a new code cannot be asked for it', async () => {
    const seeded = await seedCaseAwaitingSignature({ t, language: 'es' });
    t.clock.advance(7 * DAY_MS + 1);
    expect((await page(seeded.token).expect(410)).text).toMatch(/caducado/i);
    await post(seeded.token, 'code', { to: 'chat' }).expect(409);
    await request(t.app.express).get(`/sign/${seeded.token}/mandate.pdf`).expect(404);
    clear();
  });

  it('a code expires after 10 minutes; a typed name signs as well as a drawing', async () => {
    const seeded = await seedCaseAwaitingSignature({ t, language: 'fr' });
    await post(seeded.token, 'code', { to: 'chat' }).expect(303);
    await t.settle();
    const first = await codeFromChat(seeded.transcript);
    t.clock.advance(10 * 60_000 + 1);
    await post(seeded.token, 'verify', { code: first }).expect(410);
    await post(seeded.token, 'code', { to: 'chat' }).expect(303);
    await t.settle();
    const second = await codeFromChat(seeded.transcript);
    await post(seeded.token, 'verify', { code: second }).expect(303);
    await post(seeded.token, 'sign', { method: 'typed', typedName: '  ', consent: 'yes' }).expect(422);
    await post(seeded.token, 'sign', { method: 'drawn', signature: 'data:image/png;base64,AAAA', typedName: 'Zoé', consent: 'yes' }).expect(422);
    await post(seeded.token, 'sign', { method: 'typed', typedName: 'Zoé Tremblay', consent: 'yes' }).expect(200);
    expect(await t.db.prisma.signatureRequest.findFirstOrThrow({ where: { caseId: seeded.caseId } })).toMatchObject({ status: 'signed', method: 'typed', signerName: 'Zoé Tremblay' });
  });

  it('DELETE MY DATA deletes the mandate files too, unsigned and sealed', async () => {
    const seeded = await seedCaseAwaitingSignature({ t, language: 'fr' });
    await post(seeded.token, 'code', { to: 'chat' }).expect(303);
    await t.settle();
    await post(seeded.token, 'verify', { code: await codeFromChat(seeded.transcript) }).expect(303);
    await post(seeded.token, 'sign', { method: 'typed', typedName: 'Zoé Tremblay', consent: 'yes' }).expect(200);
    const request = await t.db.prisma.signatureRequest.findFirstOrThrow({ where: { caseId: seeded.caseId } });
    const files = [request.unsignedFileKey, request.signedFileKey!].map((key) => path.join(t.config.dataDir, 'documents', key));
    for (const file of files) await expect(readFile(file)).resolves.toBeTruthy();

    for (const text of ['SUPPRIMER MES DONNÉES', 'oui']) {
      t.clock.advance(1_000);
      await t.db.prisma.message.create({ data: { conversationId: seeded.conversationId, direction: 'in', channel: 'web', body: text, status: 'received' } });
      t.app.worker.enqueue(seeded.conversationId);
      await t.settle();
    }
    expect(await t.db.prisma.signatureRequest.count({ where: { id: request.id } })).toBe(0);
    for (const file of files) await expect(readFile(file)).rejects.toThrow(/ENOENT/);
    const erased = await t.db.prisma.auditLog.findFirstOrThrow({ where: { conversationId: seeded.conversationId, action: 'client.erased' } });
    expect(erased.details).toMatchObject({ documents: 2 });
  });
});
