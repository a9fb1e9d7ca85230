import type { FormProfile } from './form-profile.js';

/** New York's Uniform Traffic Ticket (TVB and town, village and city courts). */
export const NEW_YORK_FORM: FormProfile = {
  jurisdiction: 'NY',
  dateOrder: 'MDY',
  unit: 'mph',
  header: /uniform traffic ticket|notice of liability/,
  statutes: [[/vehicle (?:and|&) traffic law|\bv\.? ?t\.? ?l\b|\bv ?& ?t\b/, 'VTL']],
  labels: {
    ticketNumber: [/ticket (?:number|no\b\.?|#)|ticket\s*#|summons (?:number|no\b\.?)|violation (?:number|no\b\.?)|uttno/],
    issuedOn: [/date of (?:offense|offence|violation|occurrence)|(?:offense|violation) date/, /\bdate\b(?! of birth| of appearance)/],
    respondBy: [/appearance date|date of appearance|return date|court date|appear (?:in person )?on|answer (?:by|on or before)|respond by|plead by|pay or dispute by|pay by/],
    fine: [/amount of fine|scheduled fine|penalty amount|\bfine\b/],
    total: [/total (?:due|amount|payable)|amount due|\btotal\b/],
    fees: [/\bsurcharge\b|crime victim/, /\bfees?\b/],
    demeritPoints: [],
    location: [/place of (?:occurrence|offense|violation)|location of (?:offense|occurrence|violation)|\blocation\b/, /\bhighway\b|\bat\s*:/],
    municipality: [/city ?\/ ?town ?\/ ?village|\bborough\b|\bmunicipality\b/],
    court: [/court name|court address|(?:appear|answer) (?:at|in)\s*:|\bcourt\s*:/],
    offence: [/description of (?:offense|violation)|(?:offense|violation) description|\bdescription\b|did unlawfully/, /\bviolation\s*:/],
    section: [/\bsection\b(?: ?\/ ?subsection)?|violation of\b/, /\bsec\.?(?=\s?\d)/, /\bv\.? ?t\.? ?l\.?\s*§?(?=\s?\d)/],
    others: [
      /\blicense\b|\bplate\b|\bstate\b|\bname\b|address|\bsex\b|\bdob\b|birth|vehicle|\bmake\b|\bmodel\b|\bcolor\b|officer|agency|precinct|county|\btime\b|\bclass\b|registration|\bveh\b|\btype\b|\bcity\b(?! ?\/)|\bzip\b|client id|\blic\b|\breg\b|\byear\b|\bowner\b|shield|tax reg|remarks|notes|\bcode\b|\bzone ?\/ ?post\b|\bori\b/,
    ],
  },
  // Moving violations are VTL 1100–1299, printed with their subdivision letter ("1180D", "1111(d)", "1225-C").
  sectionShape: /(?<![\w.-])1[12]\d{2}(?:\s?\([a-d]\)|\s?-\s?[a-d]|[a-d])(?![\w])/,
  courtNames: [/traffic violations? (?:bureau|agency)|criminal court|(?:town|village|city) (?:of [a-z]+ )?(?:justice )?court|district court/],
  // Ticket numbers are letters then seven or eight digits; camera notices ten digits.
  ticketNumberShape: { pattern: /(?<![\w-])[A-Z]{1,3}\d{7,8}[A-Z]?(?![\w-])/, digits: [7, 8], strict: false },
};
