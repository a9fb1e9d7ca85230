import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/create-test-app.js';
import { ticketFixture } from '../support/ticket-fixtures.js';
import { openWebChat } from '../support/web-chat-driver.js';

const STAFF_TOKEN = 'staff-token-for-tests-0123456789';

describe('web chat journey (real app, real database)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { STAFF_API_TOKEN: STAFF_TOKEN } });
  });
  afterAll(async () => {
    await t.close();
  });

  it('goes from first contact through consent to a case opened from a photo of the ticket', async () => {
    const chat = await openWebChat(t.app.express);
    await chat.say('Hello, I got a speeding ticket in Toronto').expect(202);
    await t.settle();
    const notice = await chat.newReplies();
    expect(notice).toHaveLength(1);
    expect(notice[0]).toContain('Do you agree? Reply YES or NO');
    expect(notice[0]).toContain('https://bot.example.test/privacy');

    await chat.say('yes').expect(202);
    await t.settle();
    expect(await chat.newReplies()).toEqual([expect.stringContaining('Send a clear photo of your ticket')]);

    await chat.upload(ticketFixture('ticket-on-speeding-s0-1.jpg').bytes, 'ticket.jpg', 'image/jpeg').expect(202);
    await t.settle();
    const [summary] = await chat.newReplies();
    expect(summary).toContain('• Jurisdiction: Ontario');
    expect(summary).toContain('Is this right?');

    const transcript = await chat.transcript();
    const photo = transcript.find((m) => m.media.length > 0)!;
    const image = await request(t.app.express).get(photo.media[0].url).query({ token: chat.token }).expect(200);
    expect(image.headers['content-type']).toBe('image/jpeg');

    const cases = await t.db.prisma.case.findMany();
    expect(cases).toHaveLength(1);
    expect(cases[0].status).toBe('intake');
    expect(cases[0].ticket).toMatchObject({ jurisdiction: 'ON', offenceCategory: 'speeding' });
    const client = await t.db.prisma.client.findUniqueOrThrow({ where: { id: cases[0].clientId } });
    expect(client.language).toBe('en');
    expect(await t.db.prisma.auditLog.count({ where: { action: 'consent.granted' } })).toBeGreaterThan(0);
  });

  it('answers an attachment that is neither a photo nor a PDF with a translated request for one', async () => {
    const chat = await openWebChat(t.app.express, 'es');
    await chat.say('hola').expect(202);
    await chat.say('sí').expect(202);
    await t.settle();
    await chat.newReplies();
    await chat.upload(Buffer.from('PK\u0003\u0004 not a ticket'), 'ticket.zip', 'application/zip').expect(202);
    await t.settle();
    expect(await chat.newReplies()).toEqual(['Ese archivo no es una foto ni un PDF. Envíe una foto (JPEG, PNG, WebP o HEIC) o un PDF escaneado de su multa.']);
  });

  it('switches language with FR / EN / ES at any point', async () => {
    const chat = await openWebChat(t.app.express);
    await chat.say('Bonjour').expect(202);
    await t.settle();
    expect((await chat.newReplies())[0]).toContain('Acceptez-vous?');
    await chat.say('EN').expect(202);
    await t.settle();
    expect((await chat.newReplies())[0]).toContain('Do you agree?');
    await chat.say('yes').expect(202);
    await chat.say('ES').expect(202);
    await chat.say('ayuda').expect(202);
    await t.settle();
    const replies = await chat.newReplies();
    expect(replies.at(-2)).toBe('De acuerdo, continúo en español.');
    expect(replies.at(-1)).toContain('Comandos: ESTADO');
  });

  it('hands off to a person: the bot is silent, staff answer, then release it', async () => {
    const chat = await openWebChat(t.app.express, 'fr');
    await chat.say('Bonjour').expect(202);
    await chat.say('oui').expect(202);
    await chat.say('agent').expect(202);
    await t.settle();
    expect((await chat.newReplies()).at(-1)).toContain('Une personne de notre équipe vous répondra ici');
    const conversation = await t.db.prisma.conversation.findFirstOrThrow({ where: { address: chat.sessionId } });
    expect(conversation.handoff).toBe(true);

    await chat.say('allo? il y a quelqu’un?').expect(202);
    await t.settle();
    expect(await chat.newReplies()).toEqual([]);

    const auth = { authorization: `Bearer ${STAFF_TOKEN}` };
    const view = await request(t.app.express).get(`/api/v1/conversations/${conversation.id}`).set(auth).expect(200);
    expect(view.body.state).toBe('handoff');
    expect(view.body.maskedAddress).not.toContain(chat.sessionId);
    await request(t.app.express).post(`/api/v1/conversations/${conversation.id}/messages`).set(auth).send({ text: 'Bonjour, ici Marie du cabinet.' }).expect(202);
    await t.settle();
    expect(await chat.newReplies()).toEqual(['Bonjour, ici Marie du cabinet.']);

    await request(t.app.express).post(`/api/v1/conversations/${conversation.id}/release`).set(auth).expect(200);
    await t.settle();
    const afterRelease = await chat.newReplies();
    expect(afterRelease[0]).toContain('Vous êtes de retour avec l’assistant');
    expect(afterRelease[1]).toContain('Envoyez une photo nette');
    expect((await t.db.prisma.conversation.findUniqueOrThrow({ where: { id: conversation.id } })).handoff).toBe(false);
    await request(t.app.express).post(`/api/v1/conversations/${conversation.id}/release`).set(auth).expect(409);
  });

  it('erases the client’s personal data after confirmation, keeping an audit entry', async () => {
    const chat = await openWebChat(t.app.express, 'en');
    await chat.say('Hi there').expect(202);
    await chat.say('yes').expect(202);
    await chat.upload(ticketFixture('ticket-on-speeding-s0-1.jpg').bytes, 'ticket.jpg', 'image/jpeg').expect(202);
    await t.settle();
    const conversation = await t.db.prisma.conversation.findFirstOrThrow({ where: { address: chat.sessionId } });
    const clientId = conversation.clientId!;
    expect(await t.db.prisma.case.count({ where: { clientId } })).toBe(1);

    await chat.say('DELETE MY DATA').expect(202);
    await t.settle();
    expect((await chat.newReplies()).at(-1)).toContain('Reply YES to erase');
    await chat.say('yes').expect(202);
    await t.settle();

    expect(await t.db.prisma.case.count({ where: { clientId } })).toBe(0);
    const client = await t.db.prisma.client.findUniqueOrThrow({ where: { id: clientId } });
    expect(client.erasedAt).not.toBeNull();
    const left = await t.db.prisma.message.findMany({ where: { conversationId: conversation.id } });
    expect(left.map((m) => m.body)).toEqual(['Your personal data has been erased. Thank you for contacting Ticket911.']);
    const audit = await t.db.prisma.auditLog.findFirstOrThrow({ where: { action: 'client.erased', clientId } });
    expect(audit.details).toMatchObject({ cases: 1 });
  });

  it('keeps nothing but the refusal when consent is refused', async () => {
    const chat = await openWebChat(t.app.express, 'fr');
    await chat.say('Bonjour, mon nom est Jean Tremblay').expect(202);
    await chat.say('non').expect(202);
    await t.settle();
    const conversation = await t.db.prisma.conversation.findFirstOrThrow({ where: { address: chat.sessionId } });
    expect(conversation.consent).toBe('refused');
    const bodies = (await t.db.prisma.message.findMany({ where: { conversationId: conversation.id } })).map((m) => m.body ?? '');
    expect(bodies.join(' ')).not.toContain('Jean Tremblay');
    expect(bodies).toEqual([expect.stringContaining('Nous n’avons pas conservé vos messages')]);
    expect(await t.db.prisma.client.count({ where: { conversations: { some: { id: conversation.id } } } })).toBe(0);
  });

  it('processes a retried POST with the same clientMessageId once', async () => {
    const chat = await openWebChat(t.app.express, 'en');
    const first = await chat.say('Hi', 'client-msg-1').expect(202);
    const again = await chat.say('Hi', 'client-msg-1').expect(202);
    expect(again.body).toEqual({ messageId: first.body.messageId, duplicate: true });
    await t.settle();
    const transcript = await chat.transcript();
    expect(transcript.filter((m) => m.direction === 'in')).toHaveLength(1);
    expect(transcript.filter((m) => m.direction === 'out')).toHaveLength(1);
  });
});
