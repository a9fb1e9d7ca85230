import type { MessageKey } from './catalog-en.js';

export const fr: Record<MessageKey, string> = {
  'consent.notice':
    'Bonjour, ici Ticket911, l’assistant de notre cabinet d’avocats pour les contraventions. Avant de commencer : pour évaluer et contester votre constat, nous recueillons votre nom, votre numéro, votre constat (photo et détails) et ce que vous nous écrivez. Seuls notre équipe et nos avocats y ont accès; nous le conservons pendant votre dossier et jusqu’à 7 ans (règles professionnelles), ou le supprimons quand vous écrivez SUPPRIMER MES DONNÉES. Confidentialité : {privacyUrl}\nAcceptez-vous? Répondez OUI ou NON. (EN / ES pour changer de langue)',
  'consent.pleaseAnswer': 'Pour continuer, nous avons besoin de votre consentement. Répondez OUI pour accepter ou NON pour refuser. Écrivez AIDE pour de l’aide.',
  'consent.refused':
    'C’est noté. Nous n’avons pas conservé vos messages. Si vous changez d’avis, écrivez-nous de nouveau. Bonne chance avec votre constat!',
  'ticket.ask':
    'Merci! Envoyez une photo nette de votre constat d’infraction (en entier, bien éclairé), ou écrivez ses détails : infraction, lieu, date et montant.',
  'ticket.askAgain':
    'Envoyez une photo de votre constat, ou décrivez-le en une phrase, p. ex. « excès de vitesse 78 dans une zone de 50 sur Sherbrooke, Montréal, 143 $ ».',
  'ticket.nudge':
    'Vous voulez toujours contester votre constat? Envoyez-en une photo ici quand vous serez prêt. Les délais pour répondre à un constat sont courts. Répondez ARRET pour ne plus recevoir ces messages.',
  'ticket.received':
    'Nous avons votre constat : c’est le dossier {caseNumber}. Nous l’examinons et revenons vers vous ici.',
  'ticket.moreReceived': 'Photo ajoutée au dossier {caseNumber}. Merci.',
  'intake.inProgress': 'Votre dossier {caseNumber} est en préparation. Nous vous écrirons ici. Écrivez STATUT en tout temps, ou AGENT pour parler à une personne.',
  'media.notAnImage': 'Ce fichier n’est pas une photo. Envoyez une photo (JPEG, PNG, WebP ou HEIC) de votre constat.',
  'media.unavailable': 'Nous n’avons pas pu télécharger votre photo. Envoyez-la de nouveau, s’il vous plaît.',
  help: 'Commandes : STATUT (où en est votre dossier), AGENT (parler à une personne), FR / EN / ES (langue), SUPPRIMER MES DONNÉES (effacer vos données), ARRET (ne plus recevoir de messages).',
  'status.noConsent': 'Nous n’avons pas encore commencé : répondez OUI à l’avis de confidentialité pour débuter.',
  'status.noCase': 'Vous n’avez pas encore de dossier ouvert. Envoyez une photo de votre constat pour commencer.',
  'status.case': 'Dossier {caseNumber} : {caseStatus}.',
  'caseStatus.intake': 'reçu, en cours d’examen',
  'handoff.started': 'Une personne de notre équipe vous répondra ici sous peu (du lundi au vendredi, de 9 h à 17 h). L’assistant est en pause d’ici là.',
  'handoff.released': 'Vous êtes de retour avec l’assistant Ticket911. Écrivez AIDE pour voir ce que vous pouvez faire.',
  'language.changed': 'D’accord, je continue en français.',
  'erasure.confirm':
    'Ceci effacera définitivement vos renseignements personnels : messages, photos et détails du constat. Un dossier déjà ouvert par un avocat peut devoir être conservé selon la loi; nous vous le dirons le cas échéant. Répondez OUI pour effacer, ou NON pour annuler.',
  'erasure.done': 'Vos renseignements personnels ont été effacés. Merci d’avoir contacté Ticket911.',
  'erasure.cancelled': 'Rien n’a été effacé. Nous continuons là où nous étions.',
  'optOut.confirmed': 'Vous ne recevrez plus de messages de notre part. Répondez START pour recommencer.',
  'optIn.confirmed': 'Bon retour! Les messages sont réactivés. Écrivez AIDE pour voir ce que vous pouvez faire.',
  'error.generic': 'Désolé, un problème est survenu de notre côté. Une personne de notre équipe a été avisée et vous répondra ici.',
};
