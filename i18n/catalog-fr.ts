import { reminderFr } from './reminder-catalog-fr.js';
import { capacityFr } from './capacity-catalog-fr.js';
import { rateLimitFr } from './rate-limit-catalog-fr.js';
import { privacyFr } from './privacy-catalog-fr.js';
import { reviewFr } from './review-catalog-fr.js';
import { slackFr } from './slack-catalog-fr.js';
import { staffFr } from './staff-catalog-fr.js';
import { signingPageFr } from './signing-page-catalog-fr.js';
import { mandateFr } from './mandate-catalog-fr.js';
import { signingFr } from './signing-catalog-fr.js';
import { documentsFr } from './documents-catalog-fr.js';
import { billingFr } from './billing-catalog-fr.js';
import { analysisFr } from './analysis-catalog-fr.js';
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
  'media.notAnImage': 'Ce fichier n’est ni une photo ni un PDF. Envoyez une photo (JPEG, PNG, WebP ou HEIC) ou un PDF numérisé de votre constat.',
  'media.unavailable': 'Nous n’avons pas pu télécharger votre photo. Envoyez-la de nouveau, s’il vous plaît.',
  help: 'Commandes : STATUT (où en est votre dossier), RAPPELS (les rappels prévus), ACCÈS (une copie de vos données), AGENT (parler à une personne), FR / EN / ES (langue), SUPPRIMER MES DONNÉES (effacer vos données), ARRET (ne plus recevoir de messages).',
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
  'intake.askJurisdiction': 'De quelle province ou de quel État vient ce constat? Répondez QC (Québec), ON (Ontario) ou NY (New York).',
  'intake.otherJurisdiction':
    'Ce constat semble venir de {place}. Notre cabinet ne traite que les constats du Québec, de l’Ontario et de New York; nous ne pouvons donc pas le prendre, désolé. Écrivez AGENT pour parler à une personne, ou envoyez une photo plus nette s’il vient bien de l’un d’eux.',
  'intake.notATicket':
    'Ceci ne ressemble pas à un constat d’infraction. Envoyez une photo du constat lui-même (en entier, à plat et bien éclairé), ou écrivez ses détails.',
  'intake.retake': 'Je n’ai pas pu lire cette photo. Reprenez-la : le constat en entier, à plat, bien éclairé, sans flou ni reflet.',
  'intake.fileTooLarge': 'Ce fichier est trop lourd pour moi. Envoyez une photo normale du constat prise avec votre téléphone (pas le fichier original en haute résolution).',
  'intake.readFailed': 'Désolé, je n’ai pas pu lire votre constat pour l’instant. Renvoyez la photo dans un moment, ou écrivez ses détails.',
  'intake.correctionNotUnderstood':
    'Je n’ai pas compris la correction. Indiquez le champ et la bonne valeur, p. ex. « l’amende est de 250 $ » ou « c’était le 4 octobre ». Répondez OUI si tout est exact.',
  'intake.missingNotUnderstood': 'Il me faut encore l’infraction et la date du constat. Écrivez-les en une phrase, p. ex. « excès de vitesse, le 4 octobre ».',
  'intake.whatToChange': 'Que dois-je corriger? P. ex. « l’amende est de 250 $ », « c’était le 4 octobre », « le numéro du constat est 123456 ».',
  'intake.confirmed':
    'Merci, votre constat est confirmé (dossier {caseNumber}). J’examine maintenant vos options et vos chances de le contester. Ce sera une évaluation préliminaire : un avocat du cabinet révise chaque dossier.',
  'intake.secondTicket': 'Votre photo montrait aussi un autre constat. Envoyez une photo de celui-ci seul et j’ouvrirai un dossier distinct.',
  'analysis.pending': 'Votre dossier {caseNumber} est entre les mains de notre équipe pour analyse. Nous vous écrirons ici. Écrivez STATUT en tout temps, ou AGENT pour joindre une personne.',
  'caseStatus.analysis': 'constat confirmé, analyse en cours',
  'summary.title': 'Voici ce que j’ai lu sur votre constat :',
  'summary.lowConfidence': 'La photo était difficile à lire : vérifiez bien chaque ligne.',
  'summary.jurisdiction': '• Juridiction : {value}',
  'summary.court': '• Tribunal : {value}',
  'summary.offence': '• Infraction : {value}',
  'summary.offenceValue': '{title} ({statute}, {section})',
  'summary.speed': '{recorded} {unit} dans une zone de {limit} {unit}',
  'summary.fine': '• Amende : {value}',
  'summary.total': '• Total à payer (avec les frais) : {value}',
  'summary.points': '• Points d’inaptitude : {value}',
  'summary.pointsCamera': '• Points d’inaptitude : aucun (constat photo, délivré au propriétaire du véhicule)',
  'summary.date': '• Date : {value}',
  'summary.place': '• Lieu : {value}',
  'summary.ticketNumber': '• No du constat : {value}',
  'summary.notRead': 'non lu',
  'summary.deadline': 'Délai pour répondre : {date}, il reste {days} jours ({basis}).',
  'summary.deadlineToday': 'Délai pour répondre : aujourd’hui, {date} ({basis}).',
  'summary.deadlineUrgent': '⚠ Il ne reste que {days} jours : nous avons marqué votre dossier comme urgent.',
  'summary.deadlinePast':
    '⚠ Le délai pour répondre était le {date} (il y a {days} jours). Nous avons marqué votre dossier comme urgent : un avocat verra ce qui peut encore être fait.',
  'summary.deadlineUnknown': 'Délai pour répondre : la date d’audience imprimée sur votre constat. Donnez-moi cette date si vous l’avez.',
  'summary.deadlineNeedsDate': 'Délai pour répondre : il me faut la date du constat pour le calculer.',
  'deadlineBasis.qc_30_days_to_plead': '30 jours après le constat pour enregistrer un plaidoyer, Code de procédure pénale',
  'deadlineBasis.on_15_days_to_choose': '15 jours pour choisir une option, Loi sur les infractions provinciales',
  'deadlineBasis.nyc_tvb_15_days': '15 jours pour répondre au Traffic Violations Bureau',
  'deadlineBasis.ny_court_date': 'la date d’audience imprimée sur le constat',
  'deadlineBasis.printed_date': 'la date imprimée sur le constat',
  'deadlineBasis.unknown': 'voir le constat',
  'summary.secondTicket': 'Je vois aussi un autre constat sur cette photo : terminons d’abord celui-ci.',
  'summary.missing': 'Je n’ai pas pu lire : {fields}.',
  'summary.askMissing': 'Écrivez-les-moi, p. ex. « excès de vitesse, le 4 octobre ».',
  'summary.confirm': 'Est-ce exact? Répondez OUI, ou dites-moi quoi corriger (p. ex. « l’amende est de 250 $ »).',
  'field.offence': 'l’infraction',
  'field.issuedOn': 'la date',
  'field.fine': 'l’amende',
  'field.ticketNumber': 'le numéro du constat',
  'jurisdiction.QC': 'Québec',
  'jurisdiction.ON': 'Ontario',
  'jurisdiction.NY': 'New York',
  'error.generic': 'Désolé, un problème est survenu de notre côté. Une personne de notre équipe a été avisée et vous répondra ici.',
  ...analysisFr,
  ...billingFr,
  ...documentsFr,
  ...mandateFr,
  ...signingFr,
  ...signingPageFr,
  ...reviewFr,
  ...slackFr,
  ...staffFr,
  ...reminderFr,
  ...capacityFr,
  ...rateLimitFr,
  ...privacyFr,
};
