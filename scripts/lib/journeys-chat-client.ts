/** A driver on the web chat over real HTTP, as the widget does: JSON messages, multipart photo, replies over SSE. */
export interface ChatReply {
  text: string;
  at: number;
}

export interface JourneyChat {
  say(text: string): Promise<void>;
  sendPhoto(bytes: Buffer, filename: string): Promise<void>;
  /** The next reply (in order) matching `test`, skipping and returning the others it passed. */
  waitFor(test: (text: string) => boolean, timeoutMs: number): Promise<{ reply: ChatReply; skipped: ChatReply[] }>;
  close(): void;
}

export class JourneyError extends Error {
  constructor(
    readonly kind: 'http' | 'timeout' | 'stream' | 'aborted',
    message: string,
  ) {
    super(message);
  }
}

export async function openJourneyChat({ origin, language, signal }: { origin: string; language: 'en' | 'fr' | 'es'; signal: AbortSignal }): Promise<JourneyChat> {
  const created = await fetch(`${origin}/chat/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ language }), signal });
  if (created.status !== 201) throw new JourneyError('http', `POST /chat/sessions ${created.status}`);
  const { sessionId, token } = (await created.json()) as { sessionId: string; token: string };
  const auth = { authorization: `Bearer ${token}` };
  const stream = new AbortController();
  signal.addEventListener('abort', () => stream.abort(), { once: true });
  const replies: ChatReply[] = [];
  // Wakes the one waiter when a reply (or the end of the stream) arrives.
  const waiter: { wake?: () => void } = {};
  let streamError: JourneyError | null = null;

  const events = await fetch(`${origin}/chat/sessions/${sessionId}/events?token=${encodeURIComponent(token)}`, { signal: stream.signal });
  if (events.status !== 200 || !events.body) throw new JourneyError('http', `GET events ${events.status}`);
  void (async () => {
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for await (const chunk of events.body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true });
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (!block.includes('event: message')) continue;
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (!data) continue;
          const message = JSON.parse(data) as { direction: string; text: string | null };
          if (message.direction !== 'out') continue;
          replies.push({ text: message.text ?? '', at: performance.now() });
          waiter.wake?.();
        }
      }
      if (!stream.signal.aborted) streamError = new JourneyError('stream', 'event stream ended');
    } catch (error) {
      if (!stream.signal.aborted) streamError = new JourneyError('stream', `event stream failed: ${(error as Error).name}`);
    }
    waiter.wake?.();
  })();

  const post = async (body: RequestInit['body'], headers: Record<string, string>) => {
    const response = await fetch(`${origin}/chat/sessions/${sessionId}/messages`, { method: 'POST', headers: { ...auth, ...headers }, body, signal });
    await response.arrayBuffer();
    if (response.status !== 202 && response.status !== 200 && response.status !== 201) throw new JourneyError('http', `POST messages ${response.status}`);
  };

  let read = 0;
  return {
    say: (text) => post(JSON.stringify({ text }), { 'content-type': 'application/json' }),
    sendPhoto: (bytes, filename) => {
      const form = new FormData();
      form.append('image', new Blob([new Uint8Array(bytes)], { type: 'image/jpeg' }), filename);
      return post(form, {});
    },
    async waitFor(test, timeoutMs) {
      const deadline = performance.now() + timeoutMs;
      const skipped: ChatReply[] = [];
      for (;;) {
        while (read < replies.length) {
          const reply = replies[read++];
          if (test(reply.text)) return { reply, skipped };
          skipped.push(reply);
        }
        if (signal.aborted) throw new JourneyError('aborted', 'stopped');
        if (streamError) throw streamError;
        const left = deadline - performance.now();
        if (left <= 0) throw new JourneyError('timeout', 'no reply in time');
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, Math.min(left, 5_000));
          waiter.wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        waiter.wake = undefined;
      }
    },
    close: () => stream.abort(),
  };
}
