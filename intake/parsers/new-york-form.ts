import type { FormProfile } from './form-profile.js';

/** New York's Uniform Traffic Ticket (TVB and town, village and city courts). */
export const NEW_YORK_FORM: FormProfile = {
  jurisdiction: 'NY',
  dateOrder: 'MDY',
  unit: 'mph',
  header: /uniform traffic ticket/,
  statutes: [[/vehicle (?:and|&) traffic law|\bv\.? ?t\.? ?l\b|\bv ?& ?t\b/, 'VTL']],
  labels: {
    ticketNumber: [/ticket (?:number|no\b\.?|#)|ticket\s*#|summons (?:number|no\b\.?)|uttno/],
    issuedOn: [/date of (?:offense|offence|violation|occurrence)|(?:offense|violation) date/, /\bdate\b(?! of birth| of appearance)/],
    respondBy: [/appearance date|date of appearance|return date|court date|appear (?:in person )?on|answer (?:by|on or before)|respond by|plead by/],
    fine: [/amount of fine|scheduled fine|\bfine\b/],
    total: [/total (?:due|amount|payable)|amount due|\btotal\b/],
    fees: [/\bsurcharge\b|crime victim|\bfees?\b/],
    demeritPoints: [],
    location: [/place of (?:occurrence|offense|violation)|location of (?:offense|occurrence|violation)|\blocation\b/, /\bhighway\b|\bat\s*:/],
    court: [/court name|court address|(?:appear|answer) (?:at|in)\s*:|\bcourt\s*:/],
    offence: [/description of (?:offense|violation)|(?:offense|violation) description|\bdescription\b|did unlawfully/],
    section: [/\bsection\b|\bsec\.?(?=\s?\d)|\bv\.? ?t\.? ?l\.?\s*§?(?=\s?\d)|§/],
    others: [
      /\blicense\b|\bplate\b|\bstate\b|\bname\b|address|\bsex\b|\bdob\b|birth|vehicle|\bmake\b|\bmodel\b|\bcolor\b|officer|agency|precinct|county|\btime\b|\bclass\b|registration|\bveh\b|\btype\b/,
    ],
  },
  courtName: /traffic violations? bureau|(?:town|village|city) (?:of [a-z]+ )?(?:justice )?court|district court/,
};
