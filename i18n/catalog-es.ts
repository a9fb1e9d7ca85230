import { reminderEs } from './reminder-catalog-es.js';
import { capacityEs } from './capacity-catalog-es.js';
import { rateLimitEs } from './rate-limit-catalog-es.js';
import { privacyEs } from './privacy-catalog-es.js';
import { reviewEs } from './review-catalog-es.js';
import { slackEs } from './slack-catalog-es.js';
import { staffEs } from './staff-catalog-es.js';
import { signingPageEs } from './signing-page-catalog-es.js';
import { mandateEs } from './mandate-catalog-es.js';
import { signingEs } from './signing-catalog-es.js';
import { documentsEs } from './documents-catalog-es.js';
import { billingEs } from './billing-catalog-es.js';
import { analysisEs } from './analysis-catalog-es.js';
import type { MessageKey } from './catalog-en.js';

export const es: Record<MessageKey, string> = {
  'consent.notice':
    'Hola, soy Ticket911, el asistente de nuestro bufete de abogados para multas de tránsito. Antes de empezar: para evaluar y impugnar su multa recopilamos su nombre, su número, su multa (foto y datos) y lo que nos escriba. Solo nuestro equipo y nuestros abogados lo ven; lo conservamos durante su caso y hasta 7 años (normas profesionales), o lo borramos cuando escriba BORRAR MIS DATOS. Privacidad: {privacyUrl}\n¿Está de acuerdo? Responda SÍ o NO. (FR / EN para cambiar de idioma)',
  'consent.pleaseAnswer': 'Para continuar necesitamos su consentimiento. Responda SÍ para aceptar o NO para rechazar. Escriba AYUDA para obtener ayuda.',
  'consent.refused':
    'Entendido. No hemos guardado sus mensajes. Si cambia de opinión, escríbanos de nuevo. ¡Suerte con su multa!',
  'ticket.ask':
    '¡Gracias! Envíe una foto clara de su multa (completa y bien iluminada), o escriba sus datos: infracción, lugar, fecha y monto.',
  'ticket.askAgain':
    'Envíe una foto de su multa, o descríbala en una frase, p. ej. "exceso de velocidad 78 en zona de 50 en Sherbrooke, Montreal, 143 $".',
  'ticket.nudge':
    '¿Todavía quiere impugnar su multa? Envíe una foto aquí cuando esté listo. Los plazos para responder a una multa son cortos. Responda STOP para dejar de recibir estos mensajes.',
  'media.notAnImage': 'Ese archivo no es una foto ni un PDF. Envíe una foto (JPEG, PNG, WebP o HEIC) o un PDF escaneado de su multa.',
  'media.unavailable': 'No pudimos descargar su foto. Envíela de nuevo, por favor.',
  help: 'Comandos: ESTADO (cómo va su caso), RECORDATORIOS (los recordatorios previstos), ACCESO (una copia de sus datos), AGENTE (hablar con una persona), FR / EN / ES (idioma), BORRAR MIS DATOS (borrar sus datos), STOP (no recibir más mensajes).',
  'status.noConsent': 'Aún no hemos empezado: responda SÍ al aviso de privacidad para comenzar.',
  'status.noCase': 'Todavía no tiene un caso abierto. Envíe una foto de su multa para empezar.',
  'status.case': 'Caso {caseNumber}: {caseStatus}.',
  'caseStatus.intake': 'recibida, en revisión',
  'handoff.started': 'Una persona de nuestro equipo le responderá aquí pronto (de lunes a viernes, de 9 a 17 h). El asistente queda en pausa hasta entonces.',
  'handoff.released': 'Está de nuevo con el asistente de Ticket911. Escriba AYUDA para ver lo que puede hacer.',
  'language.changed': 'De acuerdo, continúo en español.',
  'erasure.confirm':
    'Esto borrará definitivamente sus datos personales: mensajes, fotos y datos de la multa. Un expediente que un abogado ya abrió puede tener que conservarse según la ley; se lo diremos si es el caso. Responda SÍ para borrar, o NO para cancelar.',
  'erasure.done': 'Sus datos personales han sido borrados. Gracias por contactar a Ticket911.',
  'erasure.cancelled': 'No se borró nada. Seguimos donde estábamos.',
  'optOut.confirmed': 'No recibirá más mensajes nuestros. Responda START para reanudar.',
  'optIn.confirmed': '¡Bienvenido de nuevo! Los mensajes están activados. Escriba AYUDA para ver lo que puede hacer.',
  'intake.askJurisdiction': '¿De qué provincia o estado es esta multa? Responda QC (Quebec), ON (Ontario) o NY (Nueva York).',
  'intake.otherJurisdiction':
    'Esta multa parece ser de {place}. Nuestro bufete solo atiende multas de Quebec, Ontario y Nueva York, así que no podemos encargarnos de ella, lo sentimos. Escriba AGENTE para hablar con una persona, o envíe una foto más clara si en realidad es de uno de ellos.',
  'intake.notATicket':
    'Esto no parece una multa de tránsito. Envíe una foto de la multa misma (completa, plana y bien iluminada), o escriba sus datos.',
  'intake.retake': 'No pude leer esta foto. Tómela de nuevo: la multa completa, plana, con buena luz, sin desenfoque ni reflejos.',
  'intake.fileTooLarge': 'Este archivo es demasiado grande para mí. Envíe una foto normal de la multa tomada con su teléfono (no el archivo original en alta resolución).',
  'intake.readFailed': 'Lo sentimos, no pude leer su multa en este momento. Envíe la foto de nuevo en un momento, o escriba sus datos.',
  'intake.correctionNotUnderstood':
    'No entendí la corrección. Indique el dato y el valor correcto, p. ej. "la multa es de 250 dólares" o "fue el 4 de octubre". Responda SÍ si todo está bien.',
  'intake.missingNotUnderstood': 'Todavía necesito la infracción y la fecha de la multa. Escríbalas en una frase, p. ej. "exceso de velocidad, el 4 de octubre".',
  'intake.whatToChange': '¿Qué debo corregir? P. ej. "la multa es de 250 dólares", "fue el 4 de octubre", "el número de la multa es 123456".',
  'intake.confirmed':
    'Gracias, su multa está confirmada (caso {caseNumber}). Ahora reviso sus opciones y sus posibilidades de impugnarla. Será una evaluación preliminar: un abogado del bufete revisa cada caso.',
  'intake.secondTicket': 'Su foto también mostraba otra multa. Envíe una foto de esa sola y abriré un caso aparte.',
  'analysis.pending': 'Su caso {caseNumber} está con nuestro equipo para su análisis. Le escribiremos aquí. Escriba ESTADO en cualquier momento, o AGENTE para hablar con una persona.',
  'caseStatus.analysis': 'multa confirmada, análisis en curso',
  'summary.title': 'Esto es lo que leí en su multa:',
  'summary.lowConfidence': 'La foto era difícil de leer: revise cada línea.',
  'summary.jurisdiction': '• Jurisdicción: {value}',
  'summary.court': '• Tribunal: {value}',
  'summary.offence': '• Infracción: {value}',
  'summary.offenceValue': '{title} ({statute}, {section})',
  'summary.speed': '{recorded} {unit} en una zona de {limit} {unit}',
  'summary.fine': '• Multa: {value}',
  'summary.total': '• Total a pagar (con cargos): {value}',
  'summary.points': '• Puntos de penalización: {value}',
  'summary.pointsCamera': '• Puntos de penalización: ninguno (multa de cámara, emitida al dueño del vehículo)',
  'summary.date': '• Fecha: {value}',
  'summary.place': '• Lugar: {value}',
  'summary.ticketNumber': '• N.º de multa: {value}',
  'summary.notRead': 'no leído',
  'summary.deadline': 'Plazo para responder: {date}, quedan {days} días ({basis}).',
  'summary.deadlineToday': 'Plazo para responder: hoy, {date} ({basis}).',
  'summary.deadlineUrgent': '⚠ Solo quedan {days} días: marcamos su caso como urgente.',
  'summary.deadlinePast':
    '⚠ El plazo para responder era el {date} (hace {days} días). Marcamos su caso como urgente: un abogado verá qué se puede hacer todavía.',
  'summary.deadlineUnknown': 'Plazo para responder: la fecha de audiencia impresa en su multa. Indíqueme esa fecha si la tiene.',
  'summary.deadlineNeedsDate': 'Plazo para responder: necesito la fecha de la multa para calcularlo.',
  'deadlineBasis.qc_30_days_to_plead': '30 días desde la multa para declararse, Código de procedimiento penal de Quebec',
  'deadlineBasis.on_15_days_to_choose': '15 días para elegir una opción, Ley de Infracciones Provinciales de Ontario',
  'deadlineBasis.nyc_tvb_15_days': '15 días para responder ante el Traffic Violations Bureau',
  'deadlineBasis.ny_court_date': 'la fecha de audiencia impresa en la multa',
  'deadlineBasis.printed_date': 'la fecha impresa en la multa',
  'deadlineBasis.unknown': 'ver la multa',
  'summary.secondTicket': 'También veo otra multa en esta foto: terminemos primero con esta.',
  'summary.missing': 'No pude leer: {fields}.',
  'summary.askMissing': 'Escríbamelos, p. ej. "exceso de velocidad, el 4 de octubre".',
  'summary.confirm': '¿Es correcto? Responda SÍ, o dígame qué corregir (p. ej. "la multa es de 250 dólares").',
  'field.offence': 'la infracción',
  'field.issuedOn': 'la fecha',
  'field.fine': 'el monto de la multa',
  'field.ticketNumber': 'el número de la multa',
  'jurisdiction.QC': 'Quebec',
  'jurisdiction.ON': 'Ontario',
  'jurisdiction.NY': 'Nueva York',
  'error.generic': 'Lo sentimos, algo falló de nuestro lado. Una persona de nuestro equipo fue avisada y le responderá aquí.',
  ...analysisEs,
  ...billingEs,
  ...documentsEs,
  ...mandateEs,
  ...signingEs,
  ...signingPageEs,
  ...reviewEs,
  ...slackEs,
  ...staffEs,
  ...reminderEs,
  ...capacityEs,
  ...rateLimitEs,
  ...privacyEs,
};
