import request from 'supertest';
import type { Express } from 'express';

/** A driver on the web chat, through the same HTTP API the widget uses. */
export async function openWebChat(app: Express, language?: string) {
  const created = await request(app).post('/chat/sessions').send(language ? { language } : {}).expect(201);
  const { sessionId, token } = created.body as { sessionId: string; token: string };
  const auth = { authorization: `Bearer ${token}` };
  let cursor: string | undefined;
  return {
    sessionId,
    token,
    say: (text: string, clientMessageId?: string) =>
      request(app).post(`/chat/sessions/${sessionId}/messages`).set(auth).send({ text, ...(clientMessageId ? { clientMessageId } : {}) }),
    upload: (data: Buffer, filename: string, contentType: string, text?: string) => {
      const req = request(app).post(`/chat/sessions/${sessionId}/messages`).set(auth).attach('image', data, { filename, contentType });
      return text ? req.field('text', text) : req;
    },
    transcript: async () => (await request(app).get(`/chat/sessions/${sessionId}/messages`).set(auth).expect(200)).body.messages as { direction: string; text: string | null; status: string; cursor: string; media: { url: string }[] }[],
    /** Bot messages since the last call. */
    newReplies: async () => {
      const res = await request(app).get(`/chat/sessions/${sessionId}/messages`).query(cursor ? { after: cursor } : {}).set(auth).expect(200);
      const messages = res.body.messages as { direction: string; text: string | null; cursor: string }[];
      if (messages.length) cursor = messages.at(-1)!.cursor;
      return messages.filter((m) => m.direction === 'out').map((m) => m.text ?? '');
    },
  };
}

/** Smallest valid JPEG header bytes: enough for type detection. */
export const JPEG_BYTES = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.from('JFIF\0'), Buffer.alloc(64, 1), Buffer.from([0xff, 0xd9])]);

const GREETING = { fr: ['bonjour', 'oui'], en: ['hello', 'yes'], es: ['hola', 'sí'] } as const;

/** A web chat past the privacy notice (consent given), its first replies read: ready for a ticket. */
export async function openConsentedWebChat({ app, language, settle }: { app: Express; language: keyof typeof GREETING; settle: () => Promise<void> }) {
  const chat = await openWebChat(app, language);
  const [hello, yes] = GREETING[language];
  await chat.say(hello).expect(202);
  await chat.say(yes).expect(202);
  await settle();
  await chat.newReplies();
  return chat;
}
