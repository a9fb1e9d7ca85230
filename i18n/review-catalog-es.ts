import type { reviewEn } from './review-catalog-en.js';

/** The lawyer's review of a case, the hearing and the outcome, told to the driver; and the contestation PDF's labels. Spanish. */
export const reviewEs: Record<keyof typeof reviewEn, string> = {
  'review.approved':
    'Buenas noticias: un abogado de nuestro bufete aprobó su caso {caseNumber}. Puede leer su impugnación aquí: {url}. Le escribiremos aquí cuando se conozca la fecha de la audiencia. No se puede garantizar ningún resultado.',
  'review.question': 'Un abogado que revisa su caso {caseNumber} pregunta: «{question}» Responda aquí: su respuesta le llega directamente.',
  'review.answerSent': 'Gracias, su respuesta se envió al abogado. Le escribirá aquí.',
  'review.rejected':
    'Después de revisarlo, nuestro bufete no puede aceptar su caso {caseNumber}. Motivo del abogado: {reason}\nTodavía puede pagar la multa, o impugnarla por su cuenta antes de la fecha límite indicada en la multa. Escriba AGENT para hablar con una persona.',
  'review.refund': 'Su pago de {amount} se le reembolsará por completo en la tarjeta o la cuenta con la que pagó, en un plazo de 10 días hábiles.',
  'review.approvedPending': 'Su caso {caseNumber} está aprobado. Le escribiremos aquí cuando se fije la fecha de la audiencia. Escriba AGENT para hablar con una persona.',
  'review.closed': 'Su caso {caseNumber} está cerrado. Para impugnar otra multa, envíenos una foto de ella.',
  'hearing.set':
    'Su audiencia del caso {caseNumber} está fijada para el {date} a las {time}, {court}{room}. Le enviaremos recordatorios antes. Su abogado le dirá si debe asistir.',
  'hearing.room': ', sala {room}',
  'outcome.acquitted': 'Buenas noticias para su caso {caseNumber}: el tribunal dictó su absolución. Su caso está ahora cerrado. ¡Gracias por su confianza!',
  'outcome.withdrawn': 'Buenas noticias para su caso {caseNumber}: el cargo fue retirado. Su caso está ahora cerrado. ¡Gracias por su confianza!',
  'outcome.convicted':
    'Resultado de su caso {caseNumber}: lo sentimos, el tribunal dictó un fallo de culpabilidad. El importe y los puntos se aplican tal como figuran en la multa. Su abogado le dirá si hay opciones de apelación. Su caso está ahora cerrado. Gracias por su confianza.',
  'outcome.reduced': 'Resultado de su caso {caseNumber}: el cargo se redujo. Lo que se aplica ahora: {details}. Su caso está ahora cerrado. ¡Gracias por su confianza!',
  'outcome.reducedPoints': '{points} puntos de demérito',
  'outcome.reducedFine': 'una multa de {fine}',
  'outcome.reducedJoin': ' y ',
  'caseStatus.approved': 'aprobado por un abogado; en espera de la fecha de la audiencia',
  'caseStatus.rejected': 'no aceptado por el bufete tras la revisión',
  'caseStatus.closed': 'cerrado',
  'contestation.pdf.metadataTitle': 'Impugnación — caso {caseNumber}',
  'contestation.pdf.caseHeader': 'Caso {caseNumber}',
  'contestation.pdf.version': 'Impugnación — versión {version}',
  'contestation.pdf.approvedBy': 'Aprobado por: {approvedBy}',
  'contestation.pdf.footer': 'Aprobado por un abogado del bufete el {date} a las {time} ({offset}) — SHA-256 {hash}… — página {page}/{pages}',
  'review.slackQuestion': ':question: Pregunta enviada al cliente: {question}',
  'review.slackAnswer': ':speech_balloon: Respuesta del cliente: {answer}',
  'review.slackErased': ':wastebasket: El cliente borró sus datos personales (Ley 25 de Quebec / PIPEDA): este caso y sus mensajes se retiraron.',
};
