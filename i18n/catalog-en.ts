/**
 * Every sentence the bot says, in English. fr and es must have the same keys
 * and the same {placeholders} (i18n/catalogs.test.ts fails otherwise).
 * SMS: keep each under ~300 characters where possible (2 segments).
 */
export const en = {
  'consent.notice':
    'Hi, this is Ticket911, the assistant of our law firm for traffic tickets. Before we start: to assess and contest your ticket we collect your name, your number, your ticket (photo and details) and what you tell us. Only our team and our lawyers see it; we keep it for the length of your file and up to 7 years (professional rules), or delete it when you write DELETE MY DATA. Privacy: {privacyUrl}\nDo you agree? Reply YES or NO. (FR / ES to change language)',
  'consent.pleaseAnswer': 'To continue we need your consent. Reply YES to agree or NO to decline. Write HELP for help.',
  'consent.refused':
    'Understood. We have not kept your messages. If you change your mind, just write to us again. Good luck with your ticket!',
  'ticket.ask':
    'Thank you! Send a clear photo of your ticket (the whole ticket, well lit), or type its details: offence, place, date and fine.',
  'ticket.askAgain':
    'Send a photo of your ticket, or type its details in a sentence, e.g. "speeding 78 in a 50 on Sherbrooke, Montreal, $143".',
  'ticket.nudge':
    'Still want to contest your ticket? Send a photo of it here whenever you are ready. Deadlines to answer a ticket are short. Reply STOP to stop these messages.',
  'ticket.received':
    'We have your ticket: it is case {caseNumber}. We will review it and come back to you here.',
  'ticket.moreReceived': 'Photo added to case {caseNumber}. Thank you.',
  'intake.inProgress': 'Your case {caseNumber} is being prepared. We will write to you here. Write STATUS at any time, or AGENT to reach a person.',
  'media.notAnImage': 'That file is not a photo. Please send a photo (JPEG, PNG, WebP or HEIC) of your ticket.',
  'media.unavailable': 'We could not download your photo. Please send it again.',
  help: 'Commands: STATUS (where your file stands), AGENT (talk to a person), FR / EN / ES (language), DELETE MY DATA (erase your data), STOP (no more messages).',
  'status.noConsent': 'We have not started yet: reply YES to the privacy notice to begin.',
  'status.noCase': 'You have no open case yet. Send a photo of your ticket to start.',
  'status.case': 'Case {caseNumber}: {caseStatus}.',
  'caseStatus.intake': 'received, under review',
  'handoff.started': 'A person from our team will answer you here shortly (Monday to Friday, 9 a.m. to 5 p.m.). The assistant is paused until then.',
  'handoff.released': 'You are back with the Ticket911 assistant. Write HELP to see what you can do.',
  'language.changed': 'OK, I will continue in English.',
  'erasure.confirm':
    'This will permanently erase your personal data: messages, photos and ticket details. Files a lawyer has already opened may have to be kept as the law requires; we will tell you if so. Reply YES to erase, or NO to cancel.',
  'erasure.done': 'Your personal data has been erased. Thank you for contacting Ticket911.',
  'erasure.cancelled': 'Nothing was erased. We continue where we were.',
  'optOut.confirmed': 'You will not receive any more messages from us. Reply START to resume.',
  'optIn.confirmed': 'Welcome back! Messages are on again. Write HELP to see what you can do.',
  'error.generic': 'Sorry, something went wrong on our side. A person from our team has been told and will answer you here.',
} as const;

export type MessageKey = keyof typeof en;
