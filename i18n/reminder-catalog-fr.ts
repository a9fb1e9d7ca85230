import type { reminderEn } from './reminder-catalog-en.js';

/** Rappels envoyés d’office, la liste RAPPELS et les copies par courriel. Courts : SMS. */
export const reminderFr: Record<keyof typeof reminderEn, string> = {
  'reminder.plea7': 'Rappel, dossier {caseNumber}\u00a0: répondre au constat d’ici le {date}, dans 7 jours. Pour que nos avocats le contestent, terminez les étapes ici. AGENT\u00a0: une personne.',
  'reminder.plea2': 'Derniers jours, dossier {caseNumber}\u00a0: répondre au constat d’ici le {date}, dans 2 jours. Terminez les étapes ici pour que nos avocats agissent. AGENT\u00a0: une personne.',
  'reminder.hearing7': 'Dossier {caseNumber}\u00a0: audience dans 7 jours, le {date} à {time}, {court}{room}. Votre avocat vous dira s’il faut y aller. Apportez\u00a0: {bring}.',
  'reminder.hearing1': 'Dossier {caseNumber}\u00a0: audience demain, le {date} à {time}, {court}{room}. Apportez\u00a0: {bring}.',
  'reminder.hearingDay': 'Dossier {caseNumber}\u00a0: audience aujourd’hui à {time}, {court}{room}. Apportez\u00a0: {bring}.',
  'reminder.bring.QC': 'le constat, une pièce d’identité avec photo, toute photo ou tout document utile',
  'reminder.bring.ON': 'le procès-verbal ou l’avis, une pièce d’identité avec photo, toute photo ou tout document utile',
  'reminder.bring.NY': 'le constat, votre permis de conduire, toute photo ou tout document utile',
  'reminders.header': 'Rappels prévus\u00a0:',
  'reminders.line': '• {when}\u00a0: {what}',
  'reminders.none': 'Aucun rappel n’est prévu pour l’instant. Nous vous écrirons dès qu’il y a du nouveau dans votre dossier.',
  'reminders.stopped': 'Vous avez arrêté nos messages (ARRET)\u00a0: aucun rappel ne sera envoyé. Écrivez START pour les recevoir de nouveau.',
  'reminders.what.plea7': 'délai pour répondre au constat, 7 jours avant',
  'reminders.what.plea2': 'délai pour répondre au constat, 2 jours avant',
  'reminders.what.hearing7': 'audience, 7 jours avant',
  'reminders.what.hearing1': 'audience, la veille',
  'reminders.what.hearingDay': 'audience, le matin même',
  'reminders.what.payment': 'votre soumission attend le paiement',
  'reminders.what.mandate': 'votre mandat attend votre signature',
  'reminders.what.ticketNudge': 'envoyez-nous votre constat',
  'noticeEmail.subject': 'Dossier {caseNumber} — {firmName}',
  'noticeEmail.footer': 'Vous recevez ce courriel parce que vous nous avez donné cette adresse pour le dossier {caseNumber}. Répondez-nous dans la conversation que vous avez utilisée, ou écrivez-y AGENT pour joindre une personne.',
};
