import type { reviewEn } from './review-catalog-en.js';

/** The lawyer's review of a case, the hearing and the outcome, told to the driver; and the contestation PDF's labels. French. */
export const reviewFr: Record<keyof typeof reviewEn, string> = {
  'review.approved':
    'Bonne nouvelle\u00a0: un avocat de notre cabinet a approuvé votre dossier {caseNumber}. Vous pouvez lire votre contestation ici\u00a0: {url}. Nous vous écrirons ici dès que la date d’audience sera connue. Aucun résultat ne peut être garanti.',
  'review.question': 'Un avocat qui examine votre dossier {caseNumber} vous demande\u00a0: «\u00a0{question}\u00a0» Répondez ici\u00a0: votre réponse lui est transmise directement.',
  'review.answerSent': 'Merci, votre réponse a été transmise à l’avocat. Il vous répondra ici.',
  'review.rejected':
    'Après examen, notre cabinet ne peut pas prendre votre dossier {caseNumber}. La raison de l’avocat\u00a0: {reason}\nVous pouvez encore payer le constat, ou le contester vous-même avant la date limite indiquée sur le constat. Écrivez AGENT pour joindre une personne.',
  'review.refund': 'Votre paiement de {amount} vous sera remboursé en entier, sur la carte ou le compte qui a servi à payer, d’ici 10 jours ouvrables.',
  'review.approvedPending': 'Votre dossier {caseNumber} est approuvé. Nous vous écrirons ici quand la date d’audience sera fixée. Écrivez AGENT pour joindre une personne.',
  'review.closed': 'Votre dossier {caseNumber} est fermé. Pour contester un autre constat, envoyez-nous-en une photo.',
  'hearing.set':
    'Votre audience pour le dossier {caseNumber} est fixée au {date} à {time}, {court}{room}. Nous vous enverrons des rappels d’ici là. Votre avocat vous dira si votre présence est requise.',
  'hearing.room': ', salle {room}',
  'outcome.acquitted': 'Bonne nouvelle pour votre dossier {caseNumber}\u00a0: le tribunal a prononcé votre acquittement. Votre dossier est maintenant fermé. Merci de votre confiance\u00a0!',
  'outcome.withdrawn': 'Bonne nouvelle pour votre dossier {caseNumber}\u00a0: l’accusation a été retirée. Votre dossier est maintenant fermé. Merci de votre confiance\u00a0!',
  'outcome.convicted':
    'Résultat pour votre dossier {caseNumber}\u00a0: nous sommes désolés, le tribunal a rendu un verdict de culpabilité. L’amende et les points s’appliquent comme indiqué sur le constat. Votre avocat vous dira si un appel est possible. Votre dossier est maintenant fermé. Merci de votre confiance.',
  'outcome.reduced':
    'Résultat pour votre dossier {caseNumber}\u00a0: l’accusation a été réduite. Ce qui s’applique désormais\u00a0: {details}. Votre dossier est maintenant fermé. Merci de votre confiance\u00a0!',
  'outcome.reducedPoints': '{points} points d’inaptitude',
  'outcome.reducedFine': 'une amende de {fine}',
  'outcome.reducedJoin': ' et ',
  'caseStatus.approved': 'approuvé par un avocat; en attente de la date d’audience',
  'caseStatus.rejected': 'non retenu par le cabinet après examen',
  'caseStatus.closed': 'fermé',
  'contestation.pdf.metadataTitle': 'Contestation — dossier {caseNumber}',
  'contestation.pdf.caseHeader': 'Dossier {caseNumber}',
  'contestation.pdf.version': 'Contestation — version {version}',
  'contestation.pdf.approvedBy': 'Approuvé par\u00a0: {approvedBy}',
  'contestation.pdf.footer': 'Approuvé par un avocat du cabinet le {date} à {time} ({offset}) — SHA-256 {hash}… — page {page}/{pages}',
  'review.slackQuestion': ':question: Question envoyée au client\u00a0: {question}',
  'review.slackAnswer': ':speech_balloon: Réponse du client\u00a0: {answer}',
  'review.slackErased': ':wastebasket: Le client a effacé ses données personnelles (Loi 25 / LPRPDE)\u00a0: ce dossier et ses messages ont été retirés.',
};
