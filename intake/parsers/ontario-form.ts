import type { FormProfile } from './form-profile.js';

/** Ontario's Part I Offence Notice (Provincial Offences Act), English with French labels. */
export const ONTARIO_FORM: FormProfile = {
  jurisdiction: 'ON',
  // The form boxes the date as Y/M/D; a slashed date printed otherwise says its order or is not read.
  dateOrder: null,
  unit: 'km/h',
  header: /offence notice|avis d.?\s?infraction/,
  statutes: [[/highway traffic act|code de la route|\bh\.? ?t\.? ?a\b/, 'HTA']],
  labels: {
    ticketNumber: [/offence (?:number|no\b\.?|#)|ticket (?:number|no\b\.?|#)|(?:n[o°º]|numero) d.?\s?infraction|notice (?:number|no\b\.?)/],
    issuedOn: [/on the day of|date of (?:the )?offence|offence date|le jour de|date de l.?\s?infraction/, /\bdate\b(?! of birth)/],
    respondBy: [/court date|appearance date|trial date|date (?:of|de l.?) ?(?:audience|hearing|comparution)|respond by|payable by/],
    fine: [/set fine|amende fixee|\bfine\b|\bamende\b/],
    total: [/total payable|total amount (?:payable|due)|montant total|total a payer|\btotal\b/],
    fees: [/victim fine surcharge|suramende(?: compensatoire)?|\bsurcharge\b/, /\bcosts?\b|\bfrais\b|\bfees?\b/],
    demeritPoints: [/demerit points?|points? d.?\s?inaptitude/],
    location: [/\bat\s*\/\s*lieu\b|\bat\s*\(location\)|\blocation\b(?! code)|\blieu\b/, /\bat\s*:/],
    municipality: [/\bmunicipality\b|\bmunicipalite\b/],
    court: [/court address|court location|adresse du tribunal|provincial offences office/],
    offence: [/did commit the offence of|commit the offence of|offence of|a commis l.?\s?infraction de|infraction de/, /\boffence\s*:/],
    section: [/\bsect\.?(?:\s*\/\s*art\.?)?|\bsection\b|\bs\.(?=\s?\d)/, /contrary to|contrairement (?:a|au)/],
    others: [
      /\bdriver\b|conducteur|licence|\bpermis\b|\bplate\b|\bplaque\b|\bname\b|\bnom\b|address|adresse|vehicle|\bmake\b|\bmodel\b|officer|\bagent\b|signature|\bprovince\b|\bprov\.|juris|\btime\b|\bheure\b|birth|naissance|\bsex\b|\bsexe\b|\bunit\b|location code|code d.?\s?endroit|postal code|\bgiven\b|initials|notes|remarques|commercial|collision/,
    ],
  },
  sectionShape: null,
  courtNames: [/provincial offences (?:court|office)\b/, /ontario court of justice|cour de justice de l.?ontario/],
  // The offence number: a letter and seven digits.
  ticketNumberShape: { pattern: /(?<![\w-])[A-Z] ?\d{7}(?![\w-])/, digits: [7, 7], strict: false },
};
