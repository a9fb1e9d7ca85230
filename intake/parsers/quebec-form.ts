import type { FormProfile } from './form-profile.js';

/** Quebec's constat d'infraction (Code de procédure pénale), French with some English copies. */
export const QUEBEC_FORM: FormProfile = {
  jurisdiction: 'QC',
  dateOrder: 'DMY',
  unit: 'km/h',
  header: /constat d.?\s?infraction|statement of offence/,
  statutes: [[/code de l\w? ?s.?curit.? routi.?re|s.?curit.? routi.?re|highway safety code|\bc\.? ?s\.? ?r\b/, 'CSR']],
  labels: {
    ticketNumber: [
      /(?:n[o°º]|numero|num\.?|#)\s*(?:de |du )?constat|constat\s*(?:n[o°º]\b|#|numero)|statement (?:no|number)/,
    ],
    issuedOn: [/date (?:et heure )?de l.?\s?infraction|date of (?:the )?offence|infraction commise le|le \(date\)/, /\bdate\b(?! limite| d.?\s?echeance| de naissance|,)/],
    respondBy: [/date limite|payer? (?:avant|au plus tard)|repondre (?:avant|au plus tard)|au plus tard le|date d.?\s?echeance|comparaitre le|date de comparution/],
    fine: [/montant de l.?\s?amende|\bamende\b|\bfine\b/],
    total: [/total a payer|montant total|somme totale|total due|\btotal\b/],
    fees: [/\bfrais\b|\bcosts?\b|\bfees?\b/, /contribution|suramende|surcharge/],
    demeritPoints: [/points? d.?\s?inaptitude|demerit points?/],
    location: [/(?:lieu|endroit) de l.?\s?infraction\s*:|place of (?:the )?offence/, /\blieu\b(?! de l)|\bendroit\b|\blocation\b|\(rue, intersection[^)]*\)/],
    municipality: [/\bmunicipalite\b|\bmunicipality\b/],
    court: [/tribunal(?: competent)?\s*:|\bcour\s*:/],
    offence: [/description de l.?\s?infraction|nature de l.?\s?infraction|description of (?:the )?offence|a commis l.?\s?infraction(?: suiv\w*)?/, /\bdescription\b|\binfraction\s*:/],
    section: [/\bdisposition\b|\barticles?\b|\bart\.|\ba\.(?=\s?\d)|\bsection\b/],
    others: [
      /\bheure\b|\bplaque\b|immatriculation|\bpermis\b|\bnom\b|\bprenom\b|adresse|vehicule|\bmarque\b|modele|couleur|poursuivant|\bagent\b|matricule|signature|defendeur|telephone|code postal|\bprovince\b|\bprov\.|loi ou reglement|\bloi\b|\bville\b|date de naissance|\bsexe\b|n[o°º] de dossier|district judiciaire|type de constat|remarques|unite|\bposte\b/,
    ],
  },
  sectionShape: null,
  courtNames: [/cour municipale|cour du quebec|municipal court/],
  // The constat's number: 12 to 16 digits, in groups or not.
  ticketNumberShape: { pattern: /(?<![\w-])\d{3,9}(?: ?\d{3,9}){0,4}(?![\w-])/, digits: [12, 16], strict: true },
};
