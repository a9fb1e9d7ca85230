import type { reminderEn } from './reminder-catalog-en.js';

/** Recordatorios que el servicio envía por su cuenta, la lista RECORDATORIOS y las copias por correo. Cortos: SMS. */
export const reminderEs: Record<keyof typeof reminderEn, string> = {
  'reminder.plea7': 'Recordatorio, caso {caseNumber}: debe responder a la multa antes del {date}, en 7 días. Para que nuestros abogados la impugnen, termine los pasos aquí. AGENTE: una persona.',
  'reminder.plea2': 'Últimos días, caso {caseNumber}: debe responder a la multa antes del {date}, en 2 días. Termine los pasos aquí para que nuestros abogados actúen. AGENTE: una persona.',
  'reminder.hearing7': 'Caso {caseNumber}: audiencia en 7 días, {date}, {time}, {court}{room}. Su abogado dirá si debe ir. Traiga: {bring}.',
  'reminder.hearing1': 'Caso {caseNumber}: audiencia mañana, el {date} a las {time}, {court}{room}. Traiga: {bring}.',
  'reminder.hearingDay': 'Caso {caseNumber}: audiencia hoy a las {time}, {court}{room}. Traiga: {bring}.',
  'reminder.bring.QC': 'la multa, su identificación y documentos útiles',
  'reminder.bring.ON': 'la multa o el aviso, su identificación y documentos útiles',
  'reminder.bring.NY': 'la multa, su licencia y documentos útiles',
  'reminders.header': 'Recordatorios previstos:',
  'reminders.line': '• {when}: {what}',
  'reminders.none': 'No hay recordatorios previstos por ahora. Le escribiremos cuando haya novedades en su caso.',
  'reminders.stopped': 'Usted detuvo nuestros mensajes (STOP): no se enviará ningún recordatorio. Escriba START para recibirlos de nuevo.',
  'reminders.what.plea7': 'plazo para responder a la multa, 7 días antes',
  'reminders.what.plea2': 'plazo para responder a la multa, 2 días antes',
  'reminders.what.hearing7': 'audiencia, 7 días antes',
  'reminders.what.hearing1': 'audiencia, el día anterior',
  'reminders.what.hearingDay': 'audiencia, la mañana del día',
  'reminders.what.payment': 'su presupuesto espera el pago',
  'reminders.what.mandate': 'su mandato espera su firma',
  'reminders.what.ticketNudge': 'envíenos su multa',
  'noticeEmail.subject': 'Caso {caseNumber} — {firmName}',
  'noticeEmail.footer': 'Recibe este correo porque nos dio esta dirección para el caso {caseNumber}. Respóndanos en la conversación que usó, o escriba allí AGENTE para hablar con una persona.',
};
