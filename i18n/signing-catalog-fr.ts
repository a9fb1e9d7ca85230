import type { signingEn } from './signing-catalog-en.js';

/** The e-signature step in the chat and its emails, in French. */
export const signingFr: Record<keyof typeof signingEn, string> = {
  'mandate.offer':
    'Dernière étape avant qu’un avocat prenne votre dossier\u00a0: signer le mandat qui permet à notre cabinet de vous représenter pour ce constat. Ouvrez {url}, lisez-le, entrez le code à 6 chiffres que nous vous enverrons et signez avec le doigt. Le lien est valide {days} jours.',
  'mandate.reminder': 'Rappel\u00a0: votre mandat attend votre signature. Sans lui, nous ne pouvons pas agir pour vous. Signez ici\u00a0: {url}',
  'mandate.pending': 'Votre mandat attend votre signature\u00a0: {url}. Écrivez AGENT pour joindre une personne.',
  'mandate.expired': 'Votre lien de signature a expiré. Écrivez-nous ici et nous vous en enverrons un nouveau.',
  'mandate.locked': 'Votre lien de signature a été bloqué après trop de codes erronés, pour vous protéger. Écrivez-nous ici et nous vous enverrons un nouveau lien.',
  'mandate.unavailable': 'Nous n’avons pas pu préparer votre mandat pour l’instant. Réécrivez-nous dans quelques minutes, ou écrivez AGENT pour joindre une personne.',
  'mandate.signed': 'Signé, merci! Votre mandat signé\u00a0: {url}. Un avocat de notre cabinet examine maintenant votre dossier et vous écrira ici.',
  'mandate.inReview': 'Votre dossier {caseNumber} est payé et signé\u00a0: un avocat de notre cabinet l’examine et vous écrira ici. Écrivez AGENT pour joindre une personne.',
  'mandate.code': 'Ticket911\u00a0: votre code de signature est {code}. Il est valide 10 minutes. Ne le communiquez à personne\u00a0: notre équipe ne vous le demandera jamais.',
  'mandate.codeSpent': 'Ticket911\u00a0: code de signature (utilisé ou expiré, masqué).',
  'mandate.codeTo.chat': 'cette conversation',
  'mandate.codeTo.sms': 'SMS au {number}',
  'mandate.codeTo.whatsapp': 'WhatsApp au {number}',
  'mandate.codeTo.email': 'courriel à {address}',
  'mandate.clientFallback': 'le client ou la cliente',
  'caseStatus.signed': 'payé et signé; un avocat l’examine',
  'signedEmail.subject': 'Votre mandat signé — dossier {caseNumber} — {firmName}',
  'signedEmail.greeting': 'Bonjour {clientName},',
  'signedEmail.greetingWithoutName': 'Bonjour,',
  'signedEmail.body': 'Merci d’avoir signé le mandat du dossier {caseNumber}. Votre copie signée est jointe (PDF); sa dernière page est le certificat de signature. Vous pouvez aussi l’ouvrir ici\u00a0: {url}',
  'signedEmail.fingerprint': 'Empreinte du fichier signé (SHA-256)\u00a0: {sha256}',
  'signedEmail.next': 'Un avocat de {firmName} examine maintenant votre dossier et vous écrira dans la conversation.',
  'signedEmail.signOff': 'L’équipe de {firmName}',
  'signedEmail.fileName': 'mandat',
};
