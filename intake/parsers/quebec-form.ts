import type { FormProfile } from './form-profile.js';

/** Quebec's constat d'infraction (Code de procédure pénale), French with some English copies. */
export const QUEBEC_FORM: FormProfile = {
  jurisdiction: 'QC',
  dateOrder: 'DMY',
  unit: 'km/h',
  header: /constat d.?\s?infraction|statement of offence/,
  statutes: [[/code de la s.?curit.? routi.?re|highway safety code|\bc\.? ?s\.? ?r\b/, 'CSR']],
  labels: {
    ticketNumber: [
      /(?:n[o°º]|numero|num\.?|#)\s*(?:de |du )?(?:constat|dossier)|constat\s*(?:n[o°º]\b|#|numero)|statement (?:no|number)/,
    ],
    issuedOn: [/date (?:et heure )?de l.?\s?infraction|date of (?:the )?offence|infraction commise le|le \(date\)/, /\bdate\b(?! limite| d.?\s?echeance)/],
    respondBy: [/date limite|payer? (?:avant|au plus tard)|repondre (?:avant|au plus tard)|au plus tard le|date d.?\s?echeance|comparaitre le|date de comparution/],
    fine: [/montant de l.?\s?amende|\bamende\b|\bfine\b/],
    total: [/total a payer|montant total|somme totale|total due|\btotal\b/],
    fees: [/\bfrais\b|contribution|suramende|\bcosts?\b|\bfees?\b/],
    demeritPoints: [/points? d.?\s?inaptitude|demerit points?/],
    location: [/lieu de l.?\s?infraction|endroit de l.?\s?infraction|place of (?:the )?offence/, /\blieu\b|\bendroit\b|\blocation\b/],
    court: [/tribunal(?: competent)?\s*:|\bcour\s*:/],
    offence: [/description de l.?\s?infraction|nature de l.?\s?infraction|description of (?:the )?offence/, /\bdescription\b|\binfraction\s*:/],
    section: [/\barticles?\b|\bart\.|\ba\.(?=\s?\d)|\bsection\b/],
    others: [
      /\bheure\b|\bplaque\b|immatriculation|\bpermis\b|\bnom\b|\bprenom\b|adresse|vehicule|\bmarque\b|modele|poursuivant|\bagent\b|matricule|signature|defendeur|telephone|code postal|\bprovince\b|loi ou reglement|\bloi\b/,
    ],
  },
  courtName: /cour municipale|cour du quebec|municipal court/,
};
