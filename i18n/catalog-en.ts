import { reminderEn } from './reminder-catalog-en.js';
import { capacityEn } from './capacity-catalog-en.js';
import { rateLimitEn } from './rate-limit-catalog-en.js';
import { privacyEn } from './privacy-catalog-en.js';
import { reviewEn } from './review-catalog-en.js';
import { slackEn } from './slack-catalog-en.js';
import { staffEn } from './staff-catalog-en.js';
import { signingPageEn } from './signing-page-catalog-en.js';
import { mandateEn } from './mandate-catalog-en.js';
import { signingEn } from './signing-catalog-en.js';
import { documentsEn } from './documents-catalog-en.js';
import { billingEn } from './billing-catalog-en.js';
import { analysisEn } from './analysis-catalog-en.js';
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
  'media.notAnImage': 'That file is neither a photo nor a PDF. Please send a photo (JPEG, PNG, WebP or HEIC) or a PDF scan of your ticket.',
  'media.unavailable': 'We could not download your photo. Please send it again.',
  help: 'Commands: STATUS (where your file stands), REMINDERS (what we will remind you of), ACCESS (a copy of your data), AGENT (talk to a person), FR / EN / ES (language), DELETE MY DATA (erase your data), STOP (no more messages).',
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
  'intake.askJurisdiction': 'Which province or state is this ticket from? Reply QC (Quebec), ON (Ontario) or NY (New York).',
  'intake.otherJurisdiction':
    'This ticket seems to be from {place}. Our firm only handles tickets from Quebec, Ontario and New York, so we cannot take it on, sorry. Write AGENT to talk to a person, or send a clearer photo if it is in fact from one of these.',
  'intake.notATicket':
    'This does not look like a traffic ticket. Please send a photo of the ticket itself (the whole ticket, flat and well lit), or type its details.',
  'intake.retake': 'I could not read this photo. Please take it again: the whole ticket, flat, in good light, without blur or glare.',
  'intake.fileTooLarge': 'This file is too large for me. Please send a normal phone photo of the ticket (not the original high-resolution file).',
  'intake.readFailed': 'Sorry, I could not read your ticket just now. Please send the photo again in a moment, or type its details.',
  'intake.correctionNotUnderstood':
    'I did not understand the change. Tell me the field and the right value, e.g. "the fine is $250" or "it was on October 4". Reply YES if everything is right.',
  'intake.missingNotUnderstood': 'I still need the offence and the date of the ticket. Type them in a sentence, e.g. "speeding, on October 4".',
  'intake.whatToChange': 'What should I change? E.g. "the fine is $250", "it was on October 4", "the ticket number is 123456".',
  'intake.confirmed':
    'Thank you, your ticket is confirmed (case {caseNumber}). Next I look at your options and your chances of contesting it. It will be a preliminary assessment: a lawyer of the firm reviews every case.',
  'intake.secondTicket': 'Your photo also showed another ticket. Send a photo of that one alone and I will open a separate case for it.',
  'analysis.pending': 'Your case {caseNumber} is with our team for analysis. We will write to you here. Write STATUS at any time, or AGENT to reach a person.',
  'caseStatus.analysis': 'ticket confirmed, analysis in progress',
  'summary.title': 'Here is what I read on your ticket:',
  'summary.lowConfidence': 'The photo was hard to read: please check each line.',
  'summary.jurisdiction': '• Jurisdiction: {value}',
  'summary.court': '• Court: {value}',
  'summary.offence': '• Offence: {value}',
  'summary.offenceValue': '{title} ({statute}, {section})',
  'summary.speed': '{recorded} {unit} in a {limit} {unit} zone',
  'summary.fine': '• Fine: {value}',
  'summary.total': '• Total to pay (with fees): {value}',
  'summary.points': '• Demerit points: {value}',
  'summary.pointsCamera': '• Demerit points: none (camera ticket, issued to the vehicle owner)',
  'summary.date': '• Date: {value}',
  'summary.place': '• Place: {value}',
  'summary.ticketNumber': '• Ticket no.: {value}',
  'summary.notRead': 'not read',
  'summary.deadline': 'Deadline to answer: {date}, {days} days left ({basis}).',
  'summary.deadlineToday': 'Deadline to answer: today, {date} ({basis}).',
  'summary.deadlineUrgent': '⚠ Only {days} days left: we have marked your case urgent.',
  'summary.deadlinePast':
    '⚠ The deadline to answer was {date} ({days} days ago). We have marked your case urgent: a lawyer will look at what can still be done.',
  'summary.deadlineUnknown': 'Deadline to answer: the court date printed on your ticket. Tell me that date if you have it.',
  'summary.deadlineNeedsDate': 'Deadline to answer: I need the date of the ticket to work it out.',
  'deadlineBasis.qc_30_days_to_plead': '30 days from the ticket to plead, Code of Penal Procedure',
  'deadlineBasis.on_15_days_to_choose': '15 days to choose an option, Provincial Offences Act',
  'deadlineBasis.nyc_tvb_15_days': '15 days to answer at the Traffic Violations Bureau',
  'deadlineBasis.ny_court_date': 'the court date printed on the ticket',
  'deadlineBasis.printed_date': 'the date printed on the ticket',
  'deadlineBasis.unknown': 'see the ticket',
  'summary.secondTicket': 'I also see another ticket in this photo: let us finish this one first.',
  'summary.missing': 'I could not read: {fields}.',
  'summary.askMissing': 'Please type them, e.g. "speeding, on October 4".',
  'summary.confirm': 'Is this right? Reply YES, or tell me what to change (e.g. "the fine is $250").',
  'field.offence': 'the offence',
  'field.issuedOn': 'the date',
  'field.fine': 'the fine',
  'field.ticketNumber': 'the ticket number',
  'jurisdiction.QC': 'Quebec',
  'jurisdiction.ON': 'Ontario',
  'jurisdiction.NY': 'New York',
  'error.generic': 'Sorry, something went wrong on our side. A person from our team has been told and will answer you here.',
  ...analysisEn,
  ...billingEn,
  ...documentsEn,
  ...mandateEn,
  ...signingEn,
  ...signingPageEn,
  ...reviewEn,
  ...slackEn,
  ...staffEn,
  ...reminderEn,
  ...capacityEn,
  ...rateLimitEn,
  ...privacyEn,
} as const;

export type MessageKey = keyof typeof en;
