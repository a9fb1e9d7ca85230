import type { analysisEn } from './analysis-catalog-en.js';

/** El análisis de impugnación en español. */
export const analysisEs: Record<keyof typeof analysisEn, string> = {
  'analysis.factor.burdenOfProof.label': 'La fiscalía debe probarlo',
  'analysis.factor.burdenOfProof.explanation':
    'Para condenarle, la fiscalía debe probar cada elemento de la infracción ({offence}, {law}) más allá de toda duda razonable; una falla en su prueba es una defensa.',
  'analysis.factor.deadlinePassed.label': 'Venció el plazo para responder',
  'analysis.factor.deadlinePassed.explanation':
    'El plazo era el {date}. Pueden condenarle sin audiencia; un abogado verificará si el caso aún puede reabrirse, pero es más difícil.',
  'analysis.factor.missingDetails.label': 'Faltan datos en la multa',
  'analysis.factor.missingDetails.explanation':
    'No aparece en la multa tal como se leyó: {fields}. Si de verdad falta un dato obligatorio, a veces puede impugnarse, aunque el tribunal puede permitir corregirla; el abogado revisa el original.',
  'analysis.factor.camera.label': 'Multa de cámara: responde el propietario',
  'analysis.factor.camera.explanation':
    'La multa de cámara se emite al propietario del vehículo: no importa quién conducía, así que hay menos defensas. No conlleva puntos de demérito.',
  'analysis.factor.smallSpeedMargin.label': 'Poco exceso sobre el límite',
  'analysis.factor.smallSpeedMargin.explanation':
    '{recorded} {unit} en una zona de {limit} {unit} son {over} {unit} de más: con poco exceso, lo que más cuenta es la precisión del aparato y cómo se usó.',
  'analysis.factor.largeSpeedMargin.label': 'Mucho exceso sobre el límite',
  'analysis.factor.largeSpeedMargin.explanation':
    '{over} {unit} sobre el límite difícilmente se explica por un error de medición, y los tribunales lo tratan con más severidad.',
  'analysis.factor.deviceDisclosure.label': 'Puede ver las pruebas',
  'analysis.factor.deviceDisclosure.explanation':
    'Tiene derecho a las pruebas de la fiscalía, incluidas las notas del agente y los registros de verificación del medidor de velocidad. Las pruebas no entregadas pueden debilitar el caso en su contra.',
  'analysis.factor.delayCeiling.label': 'Ha pasado mucho tiempo desde la multa',
  'analysis.factor.delayCeiling.explanation':
    'Han pasado {months} meses desde la multa. Un caso no juzgado en un plazo razonable (18 meses en estos tribunales) puede suspenderse por demora.',
  'analysis.factor.delayBuilding.label': 'La demora aumenta',
  'analysis.factor.delayBuilding.explanation':
    'Han pasado {months} meses desde la multa; si el juicio no ocurre dentro de 18 meses, la demora podría volverse irrazonable.',
  'analysis.factor.handheldBroad.label': 'La regla del teléfono es amplia',
  'analysis.factor.handheldBroad.explanation':
    'Sostener o usar un teléfono al conducir es una infracción aunque sea un instante e incluso detenido en el tráfico, así que el argumento "solo un segundo" rara vez funciona.',
  'analysis.factor.supportingDeposition.label': 'Pida la declaración jurada del agente',
  'analysis.factor.supportingDeposition.explanation':
    'Fuera de la ciudad de Nueva York puede pedir la declaración jurada de apoyo del agente (supporting deposition); si no se entrega a tiempo, la multa puede desestimarse.',
  'analysis.factor.officerEstimate.label': 'Una diferencia pequeña es difícil de probar a ojo',
  'analysis.factor.officerEstimate.explanation':
    'Si el agente estimó su velocidad a simple vista, los tribunales lo aceptan para diferencias grandes pero piden más para una pequeña como {over} {unit}.',
  'analysis.factor.dueDiligence.label': 'El cuidado razonable es una defensa',
  'analysis.factor.dueDiligence.explanation':
    'Es una infracción de responsabilidad estricta: si tomó todo el cuidado razonable para evitarla, eso es una defensa, aunque los tribunales la aplican de forma estricta.',
  'analysis.option.qcPleadNotGuilty.label': 'Declararse no culpable',
  'analysis.option.qcPleadNotGuilty.explanation':
    'Envíe una declaración de no culpabilidad dentro de los 30 días de la multa; el caso pasa a juicio, donde la fiscalía debe probarlo.',
  'analysis.option.onEarlyResolution.label': 'Reunión de resolución anticipada',
  'analysis.option.onEarlyResolution.explanation':
    'Pida dentro de 15 días una reunión con el fiscal, que puede aceptar un cargo o una multa menor.',
  'analysis.option.onTrial.label': 'Pedir un juicio',
  'analysis.option.onTrial.explanation':
    'Pida un juicio dentro de 15 días: la fiscalía debe probar el cargo, y usted puede pedir sus pruebas antes.',
  'analysis.option.nyTvbPleadNotGuilty.label': 'Declararse no culpable ante el TVB',
  'analysis.option.nyTvbPleadNotGuilty.explanation':
    'Declárese no culpable dentro de 15 días; un juez del Traffic Violations Bureau ve el caso. En el TVB no se negocian acuerdos de culpabilidad.',
  'analysis.option.nyCourtPleadNotGuilty.label': 'Declararse no culpable',
  'analysis.option.nyCourtPleadNotGuilty.explanation':
    'Declárese no culpable antes de la fecha de la multa y pida la declaración jurada de apoyo del agente; luego el tribunal fija el juicio.',
  'analysis.option.pay.label': 'Pagar la multa',
  'analysis.option.pay.explanation': 'Pagar es declararse culpable: la condena y sus puntos de demérito quedan en su historial (vea abajo).',
  'analysis.paid.points': '{points} puntos de demérito en su historial de conducción.',
  'analysis.paid.pointsUnknown': 'Podrían anotarse puntos de demérito en su historial de conducción.',
  'analysis.paid.noPoints': 'Sin puntos de demérito (multa de cámara), solo la multa.',
  'analysis.paid.fine': 'La multa: {amount}.',
  'analysis.paid.insurance': 'Una condena puede subir la prima de su seguro durante varios años.',
  'analysis.paid.nyDra': 'Con 6 puntos o más en 18 meses, el DMV de Nueva York cobra un Driver Responsibility Assessment.',
  'analysis.result.score':
    'Evaluación preliminar del caso {caseNumber}: {score}/100 para impugnar (0 = pocos argumentos, 100 = argumentos sólidos; no es la probabilidad de ganar).',
  'analysis.result.factorsTitle': 'Lo que más pesa:',
  'analysis.result.factor': '{sign} {label}: {explanation} ({sources})',
  'analysis.result.optionsTitle': 'Sus opciones:',
  'analysis.result.option': '• {label}{deadline}: {explanation}',
  'analysis.result.optionDeadline': ' (antes del {date})',
  'analysis.result.paidTitle': 'Si paga en cambio:',
  'analysis.result.paidLine': '• {line}',
  'analysis.result.disclaimer':
    'Es una evaluación preliminar, no una garantía de resultado: un abogado del bufete revisa su caso antes de presentar nada. Un borrador de impugnación está listo para esa revisión.',
  'analysis.result.reviewNote': 'Nuestro análisis habitual no estaba disponible: este sigue nuestras reglas estándar y el abogado lo revisará con atención.',
  'analysis.needsLawyer':
    'No encontré en nuestras fuentes legales las reglas que aplican a esta multa, así que no adivinaré una puntuación. Un abogado del bufete revisará el caso {caseNumber} y le escribirá aquí.',
  'analysis.notCovered': 'Todavía no atendemos multas de {jurisdiction}, así que no podemos evaluar esta. Escriba AGENT para hablar con una persona.',
  'caseStatus.analysed': 'evaluación preliminar hecha, un abogado la revisará',
  'caseStatus.needsLawyer': 'esperando que un abogado lo revise',
};
