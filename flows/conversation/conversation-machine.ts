import { randomUUID } from 'node:crypto';
import { assign, setup } from 'xstate';
import type { MessageKey } from '../../i18n/translate.js';
import type { Language } from '../../i18n/languages.js';
import type { Market } from '../markets.js';
import type { ConversationEvent, MediaItem, TimerEventType } from './conversation-events.js';
import { CARRIER_HANDLED_KEYWORDS, type Command } from './interpret-inbound.js';

/**
 * Bump when a change would make a stored snapshot restore into a state or
 * context this machine no longer has, and add the step in upgrade-snapshot.ts
 * plus a fixture in snapshots/ (restore-snapshot.test.ts replays them all).
 */
export const CONVERSATION_MACHINE_VERSION = 1;

export type ChannelName = 'sms' | 'whatsapp' | 'web' | 'botframework';

export interface ConversationContext {
  language: Language;
  /** True once the driver chose a language (FR/EN/ES): detection no longer overrides it. */
  languageChosen: boolean;
  market: Market | null;
  channel: ChannelName;
  consent: 'granted' | 'refused' | null;
  caseId: string | null;
  optedOut: boolean;
}

export interface ConversationInput {
  channel: ChannelName;
  market: Market | null;
  language: Language;
}

export const TICKET_NUDGE_DELAY_MS = 24 * 60 * 60 * 1000;

const isCommand = (event: ConversationEvent, command: Command) => event.type === 'USER.COMMAND' && event.command === command;

/**
 * The journey of one conversation: consent, language, ticket. Pure: every
 * side effect is a named action whose real implementation the runtime
 * provides (bot/runtime/run-conversation-turn.ts); the defaults do nothing,
 * so a test drives this machine with no database and no network.
 */
const base = setup({
  types: {
    context: {} as ConversationContext,
    events: {} as ConversationEvent,
    input: {} as ConversationInput,
  },
  actions: {
    /** Say something to the driver, in context.language. */
    reply: (_, _params: { key: MessageKey }) => {},
    recordConsent: (_, _params: { consent: 'granted' | 'refused' }) => {},
    /** Consent refused: drop what the driver sent before refusing. */
    forgetConversation: () => {},
    openCase: (_, _params: { caseId: string; media: MediaItem[]; text?: string }) => {},
    attachToCase: (_, _params: { caseId: string; media: MediaItem[] }) => {},
    setLanguage: (_, _params: { language: Language }) => {},
    requestHandoff: () => {},
    endHandoff: () => {},
    eraseClientData: () => {},
    setOptOut: (_, _params: { optedOut: boolean }) => {},
    scheduleTimer: (_, _params: { event: TimerEventType; delayMs: number }) => {},
    cancelTimer: (_, _params: { event: TimerEventType }) => {},
    adoptDetectedLanguage: assign(({ context, event }) => {
      if (context.languageChosen) return {};
      if ((event.type === 'USER.TEXT' || event.type === 'USER.MEDIA') && event.detectedLanguage) {
        return { language: event.detectedLanguage };
      }
      return {};
    }),
  },
  guards: {
    saidYes: ({ event }) => event.type === 'USER.TEXT' && event.answer === 'yes',
    saidNo: ({ event }) => event.type === 'USER.TEXT' && event.answer === 'no',
    sentImage: ({ event }) => event.type === 'USER.MEDIA' && event.images.length > 0,
    sentUnavailableMedia: ({ event }) => event.type === 'USER.MEDIA' && event.others.some((m) => !m.available),
    /** "ok" or "hi" is not a ticket; a sentence with a few words might be. */
    describedTicket: ({ event }) => event.type === 'USER.TEXT' && event.text.split(/\s+/).length >= 4,
    isHelp: ({ event }) => isCommand(event, 'help'),
    isStatus: ({ event }) => isCommand(event, 'status'),
    isAgent: ({ event }) => isCommand(event, 'agent'),
    isDelete: ({ event }) => isCommand(event, 'delete'),
    isStop: ({ event }) => isCommand(event, 'stop'),
    isStart: ({ event }) => isCommand(event, 'start'),
    /** On SMS the carrier already answers STOP/START; we answer the others (ARRET) ourselves. */
    carrierAnswers: ({ context, event }) =>
      context.channel === 'sms' && event.type === 'USER.COMMAND' && CARRIER_HANDLED_KEYWORDS.has(event.keyword),
    hasConsent: ({ context }) => context.consent === 'granted',
    hasCase: ({ context }) => context.caseId !== null,
    notOptedOut: ({ context }) => !context.optedOut,
  },
});

/** Actions made of other actions: they need the base setup's types, hence extend(). */
const machineSetup = base.extend({
  actions: {
    /** FR / EN / ES: the driver's choice wins over detection from then on. */
    chooseLanguage: base.enqueueActions(({ event, enqueue }) => {
      if (event.type !== 'USER.LANGUAGE') return;
      enqueue.assign({ language: event.language, languageChosen: true });
      enqueue({ type: 'setLanguage', params: { language: event.language } });
    }),
    replyStatus: base.enqueueActions(({ context, enqueue }) => {
      const key: MessageKey = context.consent !== 'granted' ? 'status.noConsent' : context.caseId ? 'status.case' : 'status.noCase';
      enqueue({ type: 'reply', params: { key } });
    }),
    optOut: base.enqueueActions(({ enqueue, check }) => {
      enqueue.assign({ optedOut: true });
      enqueue({ type: 'setOptOut', params: { optedOut: true } });
      if (!check('carrierAnswers')) enqueue({ type: 'reply', params: { key: 'optOut.confirmed' } });
    }),
    optIn: base.enqueueActions(({ enqueue, check }) => {
      enqueue.assign({ optedOut: false });
      enqueue({ type: 'setOptOut', params: { optedOut: false } });
      if (!check('carrierAnswers')) enqueue({ type: 'reply', params: { key: 'optIn.confirmed' } });
    }),
    openCaseFromEvent: base.enqueueActions(({ event, enqueue }) => {
      const caseId = randomUUID();
      enqueue.assign({ caseId });
      enqueue({
        type: 'openCase',
        params: {
          caseId,
          media: event.type === 'USER.MEDIA' ? event.images : [],
          text: event.type === 'USER.TEXT' ? event.text : event.type === 'USER.MEDIA' ? event.text : undefined,
        },
      });
    }),
  },
});

export const conversationMachine = machineSetup.createMachine({
  id: 'conversation',
  description: 'One driver on one channel, from first contact to a ticket handed to intake.',
  context: ({ input }) => ({
    language: input.language,
    languageChosen: false,
    market: input.market,
    channel: input.channel,
    consent: null,
    caseId: null,
    optedOut: false,
  }),
  initial: 'active',
  states: {
    active: {
      description: 'The assistant answers. Commands work in every step.',
      initial: 'greeting',
      on: {
        'USER.COMMAND': [
          { guard: 'isAgent', target: 'handoff' },
          { guard: 'isDelete', target: 'confirmingErasure' },
          { guard: 'isHelp', actions: { type: 'reply', params: { key: 'help' } } },
          { guard: 'isStatus', actions: 'replyStatus' },
          { guard: 'isStop', actions: 'optOut' },
          { guard: 'isStart', actions: 'optIn' },
        ],
        'USER.LANGUAGE': {
          actions: ['chooseLanguage', { type: 'reply', params: { key: 'language.changed' } }],
        },
      },
      states: {
        greeting: {
          description: 'Nothing said yet: the first text or photo sets the language and brings the privacy notice.',
          on: {
            'USER.TEXT': { target: 'consent', actions: 'adoptDetectedLanguage' },
            'USER.MEDIA': { target: 'consent', actions: 'adoptDetectedLanguage' },
            'USER.LANGUAGE': { target: 'consent', actions: 'chooseLanguage' },
          },
        },
        consent: {
          description: 'Privacy notice (Quebec Law 25 / PIPEDA): what we collect, why, how long; the driver answers yes or no.',
          entry: { type: 'reply', params: { key: 'consent.notice' } },
          on: {
            'USER.TEXT': [
              {
                guard: 'saidYes',
                target: 'awaitingTicket',
                actions: [assign({ consent: 'granted' }), { type: 'recordConsent', params: { consent: 'granted' } }],
              },
              {
                guard: 'saidNo',
                target: 'refused',
                actions: [
                  assign({ consent: 'refused' }),
                  { type: 'recordConsent', params: { consent: 'refused' } },
                  'forgetConversation',
                  { type: 'reply', params: { key: 'consent.refused' } },
                ],
              },
              { actions: { type: 'reply', params: { key: 'consent.pleaseAnswer' } } },
            ],
            'USER.MEDIA': { actions: { type: 'reply', params: { key: 'consent.pleaseAnswer' } } },
            // A new language re-shows the notice in it.
            'USER.LANGUAGE': { target: 'consent', reenter: true, actions: 'chooseLanguage' },
          },
        },
        refused: {
          description: 'Consent refused: nothing kept beyond the refusal. A new message asks again.',
          on: {
            'USER.TEXT': { target: 'consent', actions: 'adoptDetectedLanguage' },
            'USER.MEDIA': { target: 'consent' },
          },
        },
        awaitingTicket: {
          description: 'Consent given: waiting for a photo of the ticket or its details typed. A nudge comes after a day of silence.',
          entry: [
            { type: 'reply', params: { key: 'ticket.ask' } },
            { type: 'scheduleTimer', params: { event: 'TIMER.TICKET_NUDGE', delayMs: TICKET_NUDGE_DELAY_MS } },
          ],
          exit: { type: 'cancelTimer', params: { event: 'TIMER.TICKET_NUDGE' } },
          on: {
            'USER.MEDIA': [
              { guard: 'sentImage', target: 'intake', actions: 'openCaseFromEvent' },
              { guard: 'sentUnavailableMedia', actions: { type: 'reply', params: { key: 'media.unavailable' } } },
              { actions: { type: 'reply', params: { key: 'media.notAnImage' } } },
            ],
            'USER.TEXT': [
              { guard: 'describedTicket', target: 'intake', actions: 'openCaseFromEvent' },
              { actions: { type: 'reply', params: { key: 'ticket.askAgain' } } },
            ],
            'TIMER.TICKET_NUDGE': { guard: 'notOptedOut', actions: { type: 'reply', params: { key: 'ticket.nudge' } } },
          },
        },
        intake: {
          description: 'A case is open with the ticket; reading and confirming it is the ticket-intake flow (next step of the journey).',
          entry: { type: 'reply', params: { key: 'ticket.received' } },
          on: {
            'USER.MEDIA': [
              {
                guard: 'sentImage',
                actions: [
                  { type: 'attachToCase', params: ({ context, event }) => ({ caseId: context.caseId!, media: event.type === 'USER.MEDIA' ? event.images : [] }) },
                  { type: 'reply', params: { key: 'ticket.moreReceived' } },
                ],
              },
              { guard: 'sentUnavailableMedia', actions: { type: 'reply', params: { key: 'media.unavailable' } } },
              { actions: { type: 'reply', params: { key: 'media.notAnImage' } } },
            ],
            'USER.TEXT': { actions: { type: 'reply', params: { key: 'intake.inProgress' } } },
          },
        },
        resume: { type: 'history', history: 'deep' },
      },
    },
    handoff: {
      description: 'A person of the firm has the conversation: the assistant says nothing until staff release it.',
      entry: ['requestHandoff', { type: 'reply', params: { key: 'handoff.started' } }],
      exit: 'endHandoff',
      on: {
        'STAFF.RELEASE': { target: 'active.resume', actions: { type: 'reply', params: { key: 'handoff.released' } } },
        'USER.COMMAND': [
          { guard: 'isDelete', target: 'confirmingErasure' },
          { guard: 'isStop', actions: 'optOut' },
          { guard: 'isStart', actions: 'optIn' },
        ],
      },
    },
    confirmingErasure: {
      description: 'DELETE MY DATA asked: erase only on an explicit yes.',
      entry: { type: 'reply', params: { key: 'erasure.confirm' } },
      on: {
        'USER.TEXT': [
          {
            guard: 'saidYes',
            target: 'active.greeting',
            actions: [
              'eraseClientData',
              assign({ consent: null, caseId: null }),
              { type: 'reply', params: { key: 'erasure.done' } },
            ],
          },
          { target: 'active.resume', actions: { type: 'reply', params: { key: 'erasure.cancelled' } } },
        ],
        'USER.MEDIA': { target: 'active.resume', actions: { type: 'reply', params: { key: 'erasure.cancelled' } } },
        'USER.COMMAND': { target: 'active.resume', actions: { type: 'reply', params: { key: 'erasure.cancelled' } } },
      },
    },
  },
});
