import type { privacyEn } from './privacy-catalog-en.js';

/** Derechos sobre los datos (Ley 25 / PIPEDA): la copia ACCESO y el retiro del consentimiento, en español. */
export const privacyEs: Record<keyof typeof privacyEn, string> = {
  'privacy.exportReady':
    'Aquí tiene una copia de todo lo que tenemos sobre usted (sus datos, mensajes, archivos, pagos y nuestros registros sobre usted). El enlace funciona {days} días; no lo comparta: {privacyUrl}/my-data/{token}',
  'privacy.exportNothing': 'No tenemos ningún dato personal suyo: no aceptó nuestro aviso de privacidad. No se guarda nada de esta conversación.',
  'privacy.withdrawn':
    'Su consentimiento está retirado: ya no usamos sus datos y los recordatorios y análisis se detienen. Un caso pagado y firmado sigue con nuestros abogados según su mandato (obligaciones profesionales); todo lo demás se borra. Para borrar todo lo posible, escriba BORRAR MIS DATOS (las facturas se conservan para la contabilidad). Escríbanos de nuevo para empezar otra vez.',
  'privacy.nothingToWithdraw': 'No nos dio su consentimiento: no hay nada que retirar. No se guarda nada de esta conversación.',
  'privacy.exportTitle': 'Sus datos en Ticket911',
};
