import type { signingEn } from './signing-catalog-en.js';

/** The e-signature step in the chat and its emails, in Spanish. */
export const signingEs: Record<keyof typeof signingEn, string> = {
  'mandate.offer':
    'Último paso antes de que un abogado tome su caso: firmar el mandato que permite a nuestro bufete representarle por esta multa. Abra {url}, léalo, ingrese el código de 6 dígitos que le enviaremos y firme con el dedo. El enlace es válido {days} días.',
  'mandate.reminder': 'Recordatorio: su mandato espera su firma. Sin él no podemos actuar por usted. Firme aquí: {url}',
  'mandate.pending': 'Su mandato espera su firma: {url}. Escriba AGENT para hablar con una persona.',
  'mandate.expired': 'Su enlace de firma venció. Escríbanos aquí y le enviaremos uno nuevo.',
  'mandate.locked': 'Su enlace de firma se bloqueó tras demasiados códigos erróneos, para protegerle. Escríbanos aquí y le enviaremos un enlace nuevo.',
  'mandate.unavailable': 'No pudimos preparar su mandato en este momento. Escríbanos de nuevo en unos minutos, o escriba AGENT para hablar con una persona.',
  'mandate.signed': '¡Firmado, gracias! Su mandato firmado: {url}. Un abogado de nuestro bufete revisa ahora su caso y le escribirá aquí.',
  'mandate.inReview': 'Su caso {caseNumber} está pagado y firmado: un abogado de nuestro bufete lo revisa y le escribirá aquí. Escriba AGENT para hablar con una persona.',
  'mandate.code': 'Ticket911: su código de firma es {code}. Es válido 10 minutos. No lo comparta: nuestro equipo nunca se lo pedirá.',
  'mandate.codeSpent': 'Ticket911: código de firma (usado o vencido, oculto).',
  'mandate.codeTo.chat': 'esta conversación',
  'mandate.codeTo.sms': 'SMS al {number}',
  'mandate.codeTo.whatsapp': 'WhatsApp al {number}',
  'mandate.codeTo.email': 'correo a {address}',
  'mandate.clientFallback': 'el cliente o la clienta',
  'caseStatus.signed': 'pagado y firmado; un abogado lo revisa',
  'signedEmail.subject': 'Su mandato firmado — caso {caseNumber} — {firmName}',
  'signedEmail.greeting': 'Hola {clientName}:',
  'signedEmail.greetingWithoutName': 'Hola:',
  'signedEmail.body': 'Gracias por firmar el mandato del caso {caseNumber}. Su copia firmada va adjunta (PDF); su última página es el certificado de firma. También puede abrirla aquí: {url}',
  'signedEmail.fingerprint': 'Huella del archivo firmado (SHA-256): {sha256}',
  'signedEmail.next': 'Un abogado de {firmName} revisa ahora su caso y le escribirá en la conversación.',
  'signedEmail.signOff': 'El equipo de {firmName}',
  'signedEmail.fileName': 'mandato',
};
