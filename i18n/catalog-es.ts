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
  'ticket.received':
    'Recibimos su multa: es el caso {caseNumber}. La revisaremos y le responderemos aquí.',
  'ticket.moreReceived': 'Foto agregada al caso {caseNumber}. Gracias.',
  'intake.inProgress': 'Su caso {caseNumber} está en preparación. Le escribiremos aquí. Escriba ESTADO en cualquier momento, o AGENTE para hablar con una persona.',
  'media.notAnImage': 'Ese archivo no es una foto. Envíe una foto (JPEG, PNG, WebP o HEIC) de su multa.',
  'media.unavailable': 'No pudimos descargar su foto. Envíela de nuevo, por favor.',
  help: 'Comandos: ESTADO (cómo va su caso), AGENTE (hablar con una persona), FR / EN / ES (idioma), BORRAR MIS DATOS (borrar sus datos), STOP (no recibir más mensajes).',
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
  'error.generic': 'Lo sentimos, algo falló de nuestro lado. Una persona de nuestro equipo fue avisada y le responderá aquí.',
};
