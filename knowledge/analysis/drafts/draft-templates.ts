/**
 * The offline drafts, as data a lawyer of the firm can edit: one per court
 * and court language, with a translation for drivers who read another
 * language. Placeholders: {defendant} {ticketNumber} {issuedOn} {offence}
 * {law} {court} {location} {today}. Bracketed blanks are for the lawyer.
 */
export type DraftKind = 'qc' | 'on' | 'ny_tvb' | 'ny_court';

export const DRAFT_TEMPLATES: Record<DraftKind, { fr?: string; en: string; translations: { fr?: string; es: string } }> = {
  qc: {
    fr: `PLAIDOYER DE NON-CULPABILITÉ ET DEMANDES
Destinataire : {court}
Constat d'infraction no {ticketNumber}, signifié le {issuedOn}
Infraction reprochée : {offence} ({law}), à {location}

Je soussigné(e), {defendant}, enregistre un plaidoyer de non-culpabilité à l'égard de l'infraction reprochée, dans le délai prévu au Code de procédure pénale, et demande la tenue d'un procès.

Je demande également :
1. la communication de la preuve de la poursuite, notamment les notes du ou des agents, les photographies et, le cas échéant, les registres d'entretien, de vérification et d'étalonnage de l'appareil de mesure utilisé ainsi que la qualification de son opérateur;
2. que toute correspondance me soit adressée, ou à mon avocat, à l'adresse indiquée ci-dessous.

Fait le {today}.
[Signature]  [Adresse]  [Avocat : nom, no de membre du Barreau]`,
    en: `PLEA OF NOT GUILTY AND REQUESTS
To: {court}
Statement of offence no. {ticketNumber}, served on {issuedOn}
Offence alleged: {offence} ({law}), at {location}

I, the undersigned, {defendant}, enter a plea of not guilty to the offence alleged, within the time set by the Code of Penal Procedure, and ask that the case be set down for trial.

I also request:
1. disclosure of the prosecution's evidence, including the officers' notes, any photographs and, where applicable, the maintenance, testing and calibration records of the measuring device used and its operator's qualifications;
2. that all correspondence be sent to me, or to my lawyer, at the address below.

Dated {today}.
[Signature]  [Address]  [Lawyer: name, Barreau du Québec member no.]`,
    translations: {
      es: `DECLARACIÓN DE NO CULPABILIDAD Y SOLICITUDES (traducción para usted; se presenta en francés o inglés)
Para: {court}. Multa n.º {ticketNumber}, notificada el {issuedOn}. Infracción: {offence} ({law}), en {location}.
Yo, {defendant}, me declaro no culpable dentro del plazo del Código de procedimiento penal y pido un juicio. También pido: 1) las pruebas de la fiscalía, incluidas las notas de los agentes, las fotografías y, si corresponde, los registros de mantenimiento, verificación y calibración del aparato de medición y la calificación de su operador; 2) que toda correspondencia se envíe a mí o a mi abogado a la dirección indicada. Fecha: {today}.`,
    },
  },
  on: {
    en: `NOTICE OF INTENTION TO APPEAR / REQUEST FOR TRIAL, AND REQUEST FOR DISCLOSURE
To: {court}
Offence notice no. {ticketNumber}, served on {issuedOn}
Charge: {offence} ({law}), at {location}

I, {defendant}, intend to appear in court to enter a plea of not guilty and request a trial under the Provincial Offences Act. I do not waive any right, including the right to be tried within a reasonable time under s. 11(b) of the Canadian Charter of Rights and Freedoms.

I request full disclosure before trial, including: the officer's notes (both sides, with any diagrams); the certificate of offence; where speed was measured, the make, model and serial number of the device, its testing and maintenance records for the relevant period, the manufacturer's operating manual excerpts relied on, and the officer's training on it; any photographs or video.

Dated {today}.
[Signature]  [Address]  [Representative: name, Law Society of Ontario licence no.]`,
    translations: {
      fr: `AVIS D'INTENTION DE COMPARAÎTRE / DEMANDE DE PROCÈS ET DEMANDE DE COMMUNICATION DE LA PREUVE (traduction pour vous; déposé en anglais)
Destinataire : {court}. Avis d'infraction no {ticketNumber}, signifié le {issuedOn}. Accusation : {offence} ({law}), à {location}.
Je, {defendant}, entends comparaître pour plaider non coupable et demande un procès en vertu de la Loi sur les infractions provinciales, sans renoncer à aucun droit, dont celui d'être jugé dans un délai raisonnable (al. 11b) de la Charte). Je demande la communication complète de la preuve : notes de l'agent, certificat d'infraction, et, si la vitesse a été mesurée, l'identification de l'appareil, ses registres de vérification et d'entretien, les extraits du manuel invoqués, la formation de l'agent, et toute photo ou vidéo. Date : {today}.`,
      es: `AVISO DE INTENCIÓN DE COMPARECER / SOLICITUD DE JUICIO Y DE PRUEBAS (traducción para usted; se presenta en inglés)
Para: {court}. Aviso de infracción n.º {ticketNumber}, notificado el {issuedOn}. Cargo: {offence} ({law}), en {location}.
Yo, {defendant}, tengo la intención de comparecer para declararme no culpable y pido un juicio según la Provincial Offences Act, sin renunciar a ningún derecho, incluido el de ser juzgado en un plazo razonable (art. 11(b) de la Carta). Pido todas las pruebas: notas del agente, certificado de infracción y, si se midió la velocidad, la identificación del aparato, sus registros de verificación y mantenimiento, los extractos del manual en que se basan, la formación del agente y toda foto o video. Fecha: {today}.`,
    },
  },
  ny_tvb: {
    en: `PLEA OF NOT GUILTY — NEW YORK STATE DMV TRAFFIC VIOLATIONS BUREAU
Ticket no. {ticketNumber}, issued on {issuedOn}
Violation charged: {offence} ({law}), at {location}

I, {defendant}, plead not guilty to the violation charged and request a hearing before the Traffic Violations Bureau ({court}). I understand that plea bargaining is not available at the TVB and that the charge must be proven at the hearing by clear and convincing evidence.

I request that the issuing officer's notes and any recording of the measurement relied upon be available at the hearing, and that notice of the hearing date be sent to me, or to my attorney, at the address below.

Dated {today}.
[Signature]  [Address]  [Attorney: name, NY registration no.]`,
    translations: {
      fr: `PLAIDOYER DE NON-CULPABILITÉ — TRAFFIC VIOLATIONS BUREAU DU DMV DE L'ÉTAT DE NEW YORK (traduction pour vous; déposé en anglais)
Contravention no {ticketNumber}, émise le {issuedOn}. Infraction : {offence} ({law}), à {location}.
Je, {defendant}, plaide non coupable et demande une audience au TVB ({court}). Je comprends qu'il n'y a pas de négociation de plaidoyer au TVB et que l'infraction doit être prouvée à l'audience. Je demande que les notes de l'agent et tout enregistrement de la mesure soient disponibles à l'audience, et que l'avis d'audience me soit envoyé, ou à mon avocat. Date : {today}.`,
      es: `DECLARACIÓN DE NO CULPABILIDAD — TRAFFIC VIOLATIONS BUREAU DEL DMV DEL ESTADO DE NUEVA YORK (traducción para usted; se presenta en inglés)
Multa n.º {ticketNumber}, emitida el {issuedOn}. Infracción: {offence} ({law}), en {location}.
Yo, {defendant}, me declaro no culpable y pido una audiencia ante el TVB ({court}). Entiendo que en el TVB no hay acuerdos de culpabilidad y que la infracción debe probarse en la audiencia. Pido que las notas del agente y todo registro de la medición estén disponibles en la audiencia, y que el aviso de audiencia se envíe a mí o a mi abogado. Fecha: {today}.`,
    },
  },
  ny_court: {
    en: `PLEA OF NOT GUILTY AND DEMAND FOR A SUPPORTING DEPOSITION (CPL § 100.25)
To: {court}
Simplified traffic information / ticket no. {ticketNumber}, issued on {issuedOn}
Charge: {offence} ({law}), at {location}

I, {defendant}, plead not guilty to the charge and request a trial.

Pursuant to Criminal Procedure Law § 100.25(2), I request that the court direct the complainant police officer to file and serve a supporting deposition containing allegations of fact, based on personal knowledge or information and belief, providing reasonable cause to believe that I committed the offence charged. If it is not served as the law requires, I will move to dismiss the simplified traffic information as insufficient on its face.

I also request discovery of the evidence relied upon, including the officer's notes and any speed-measuring device records.

Dated {today}.
[Signature]  [Address]  [Attorney: name, NY registration no.]`,
    translations: {
      fr: `PLAIDOYER DE NON-CULPABILITÉ ET DEMANDE DE DÉPOSITION À L'APPUI (CPL § 100.25) (traduction pour vous; déposé en anglais)
Destinataire : {court}. Contravention no {ticketNumber}, émise le {issuedOn}. Accusation : {offence} ({law}), à {location}.
Je, {defendant}, plaide non coupable et demande un procès. En vertu du § 100.25(2) de la Criminal Procedure Law, je demande que le tribunal ordonne au policier de déposer et de me signifier une déposition à l'appui (supporting deposition); à défaut, je demanderai le rejet de l'acte d'accusation. Je demande aussi la preuve invoquée, dont les notes de l'agent et les registres de l'appareil de mesure. Date : {today}.`,
      es: `DECLARACIÓN DE NO CULPABILIDAD Y SOLICITUD DE DECLARACIÓN JURADA DE APOYO (CPL § 100.25) (traducción para usted; se presenta en inglés)
Para: {court}. Multa n.º {ticketNumber}, emitida el {issuedOn}. Cargo: {offence} ({law}), en {location}.
Yo, {defendant}, me declaro no culpable y pido un juicio. Según el § 100.25(2) de la Criminal Procedure Law, pido que el tribunal ordene al agente presentar y entregarme una declaración jurada de apoyo (supporting deposition); si no se entrega como exige la ley, pediré que se desestime la multa. También pido las pruebas, incluidas las notas del agente y los registros del medidor de velocidad. Fecha: {today}.`,
    },
  },
};
