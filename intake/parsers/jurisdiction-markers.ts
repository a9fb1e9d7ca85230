import type { Jurisdiction } from '../../tickets/ticket-schema.js';

/** A sign of where a ticket is from; patterns run on folded text (lower case, no accents). */
export interface JurisdictionMarker {
  /** One of ours, or the name of a place we do not serve, as a driver would read it. */
  jurisdiction: Jurisdiction | string;
  /** A form's or statute's wording shows a ticket; a bare name ("Ontario") does not. */
  kind: 'wording' | 'name';
  pattern: RegExp;
  /** 3: a form's own wording; 2: a statute, court or police name; 1: a city; below 1: a name shared with other places. */
  weight: number;
  label: string;
}

const m = (jurisdiction: string, weight: number, label: string, pattern: RegExp): JurisdictionMarker => ({ jurisdiction, kind: 'wording', pattern, weight, label });
const n = (jurisdiction: string, weight: number, label: string, pattern: RegExp): JurisdictionMarker => ({ jurisdiction, kind: 'name', pattern, weight, label });

/** Form wording, statutes, courts and agencies. */
export const FORM_MARKERS: readonly JurisdictionMarker[] = [
  m('QC', 3, "constat d'infraction", /\bconstat d.?\s?infraction/),
  m('QC', 1, 'constat', /\bconstat\b/),
  m('QC', 3, 'Code de la sécurité routière', /code de l\w? ?s.?curit.? routi.?re|s.?curit.? routi.?re/),
  m('QC', 2.5, 'C.S.R.', /\bc\. ?s\. ?r\b\.?|\bcsr\b/),
  m('QC', 2, 'Cour municipale', /\bcour municipale\b/),
  m('QC', 2, 'poursuivant', /\bpoursuivante?\b/),
  m('QC', 3, 'DPCP', /\bdpcp\b|directeur des poursuites criminelles/),
  m('QC', 3, 'SAAQ', /\bsaaq\b|societe de l.?assurance automobile/),
  m('QC', 2, "points d'inaptitude", /points? d.?\s?inaptitude/),
  m('QC', 3, 'Sûreté du Québec', /\bsurete du quebec\b/),
  m('QC', 3, 'SPVM', /\bspvm\b|service de police de la ville de montreal/),
  n('QC', 2, 'Québec', /\bquebec\b/),
  m('QC', 1.5, 'Code de procédure pénale', /code de procedure penale/),
  m('ON', 3, 'Provincial Offences Act', /provincial offences? act|loi sur les infractions provinciales/),
  m('ON', 3, 'Offence Notice', /\boffence notice\b|\bavis d.?\s?infraction\b/),
  m('ON', 2.5, 'Highway Traffic Act', /highway traffic act/),
  m('ON', 2, 'H.T.A.', /\bh\. ?t\. ?a\b\.?|\bhta\b/),
  m('ON', 3, 'Ontario Court of Justice', /ontario court of justice|cour de justice de l.?ontario/),
  m('ON', 1, 'Part I', /\bpart (i|1)\b(?! ?i)/),
  m('ON', 2.5, 'Certificate of Offence', /certificate of offence/),
  m('ON', 1.5, 'set fine', /\bset fine\b|amende fixee/),
  n('ON', 2, 'Ontario', /\bontario\b/),
  m('ON', 2, 'R.S.O.', /\br\. ?s\. ?o\b/),
  m('ON', 2, 'Code de la route', /\bcode de la route\b/),
  m('ON', 2, 'OPP', /\bopp\b|ontario provincial police/),
  m('NY', 3, 'Uniform Traffic Ticket', /(?<!new jersey )uniform traffic ticket/),
  m('NY', 3, 'Vehicle and Traffic Law', /vehicle (and|&) traffic law/),
  m('NY', 2, 'VTL', /\bv\. ?t\. ?l\b|\bv ?& ?t\b/),
  m('NY', 3, 'Traffic Violations Bureau', /traffic violations? bureau/),
  m('NY', 2, 'TVB', /\btvb\b/),
  m('NY', 3, 'New York State', /new york state|state of new york/),
  n('NY', 2, 'New York', /\bnew york\b|\bnyc\b/),
  m('NY', 3, 'NYPD', /\bnypd\b/),
  n('NY', 2, 'NYS', /\bnys\b/),
  m('NY', 1.5, 'Town or Village Court', /\b(town|village) (of [a-z]+ )?(justice )?court\b/),
  m('NY', 1, 'supporting deposition', /supporting deposition/),
  // Jurisdictions we do not serve.
  m('Alberta', 3, 'Traffic Safety Act', /traffic safety act/),
  n('Alberta', 3, 'Alberta', /\balberta\b/),
  m('British Columbia', 3, 'Motor Vehicle Act', /motor vehicle act/),
  n('British Columbia', 3, 'British Columbia', /british columbia|colombie.britannique|\bicbc\b/),
  n('Manitoba', 3, 'Manitoba', /\bmanitoba\b/),
  n('Saskatchewan', 3, 'Saskatchewan', /\bsaskatchewan\b/),
  n('New Brunswick', 3, 'New Brunswick', /new brunswick|nouveau.brunswick/),
  n('Nova Scotia', 3, 'Nova Scotia', /nova scotia|nouvelle.ecosse/),
  n('Prince Edward Island', 3, 'Prince Edward Island', /prince edward island|ile.du.prince.edouard/),
  n('Newfoundland and Labrador', 3, 'Newfoundland', /newfoundland|terre.neuve/),
  n('New Jersey', 4, 'New Jersey', /new jersey|\bn\.? ?j\.? ?s\.? ?a\b/),
  m('New Jersey', 4, 'Title 39', /\btitle 39\b|\b39 ?: ?4-\d/),
  n('Connecticut', 4, 'Connecticut', /\bconnecticut\b/),
  n('Pennsylvania', 4, 'Pennsylvania', /\bpennsylvania\b|\bpa\. ?c\. ?s\b/),
  n('Vermont', 4, 'Vermont', /\bvermont\b|\bv\. ?s\. ?a\b/),
  n('Massachusetts', 4, 'Massachusetts', /\bmassachusetts\b|\bm\. ?g\. ?l\b/),
  n('New Hampshire', 4, 'New Hampshire', /new hampshire/),
  n('Maine', 3, 'Maine', /state of maine/),
  n('Michigan', 4, 'Michigan', /\bmichigan\b/),
  n('Ohio', 4, 'Ohio', /\bohio\b/),
  n('Florida', 4, 'Florida', /\bflorida\b/),
  n('California', 4, 'California', /\bcalifornia\b/),
  n('Texas', 4, 'Texas', /\btexas\b/),
];
