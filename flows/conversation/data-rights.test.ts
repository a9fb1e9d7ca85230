import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { conversationMachine } from './conversation-machine.js';
import { interpretInbound } from './interpret-inbound.js';

function start() {
  const done: string[] = [];
  const replies: string[] = [];
  const machine = conversationMachine.provide({
    actions: {
      sendDataExport: () => done.push('sendDataExport'),
      withdrawConsent: () => done.push('withdrawConsent'),
      eraseClientData: () => done.push('eraseClientData'),
      reply: (_, params) => replies.push(params.key),
    },
  });
  const actor = createActor(machine, { input: { channel: 'web', market: 'qc', language: 'en' } }).start();
  const say = (text: string) => actor.send(interpretInbound({ text, media: [] }));
  return { actor, say, done, replies };
}

describe('data rights commands', () => {
  it('reads ACCESS, ACCÈS, ACCESO and MY DATA as a copy, and DELETE MY DATA still as an erasure', () => {
    for (const text of ['ACCESS', 'accès', 'Acceso', 'my data', 'MES DONNÉES', 'mis datos']) {
      expect(interpretInbound({ text, media: [] })).toMatchObject({ type: 'USER.COMMAND', command: 'access' });
    }
    expect(interpretInbound({ text: 'DELETE MY DATA', media: [] })).toMatchObject({ command: 'delete' });
    expect(interpretInbound({ text: 'Retirer mon consentement', media: [] })).toMatchObject({ command: 'withdraw' });
    expect(interpretInbound({ text: 'RETIRAR CONSENTIMIENTO', media: [] })).toMatchObject({ command: 'withdraw' });
  });

  it('sends the copy without leaving the step, and only after consent', () => {
    const { actor, say, done, replies } = start();
    say('hello');
    say('ACCESS');
    expect(done).toEqual([]);
    expect(replies.at(-1)).toBe('privacy.exportNothing');
    say('yes');
    const before = actor.getSnapshot().value;
    say('ACCESS');
    expect(done).toEqual(['sendDataExport']);
    expect(actor.getSnapshot().value).toEqual(before);
  });

  it('withdraws consent: the runtime is told, the driver too, and the next message asks for consent again', () => {
    const { actor, say, done, replies } = start();
    say('hello');
    say('yes');
    say('WITHDRAW CONSENT');
    expect(done).toEqual(['withdrawConsent']);
    expect(replies.at(-1)).toBe('privacy.withdrawn');
    expect(actor.getSnapshot().context).toMatchObject({ consent: null, caseId: null });
    say('hi again');
    expect(actor.getSnapshot().value).toEqual({ active: 'consent' });
    expect(replies.at(-1)).toBe('consent.notice');
  });

  it('has nothing to withdraw before consent', () => {
    const { say, done, replies } = start();
    say('hello');
    say('WITHDRAW CONSENT');
    expect(done).toEqual([]);
    expect(replies.at(-1)).toBe('privacy.nothingToWithdraw');
  });
});
