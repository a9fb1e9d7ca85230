import type { FormProfile } from './form-profile.js';
import { NEW_YORK_FORM } from './new-york-form.js';
import { ONTARIO_FORM } from './ontario-form.js';
import { QUEBEC_FORM } from './quebec-form.js';

const FORMS = [QUEBEC_FORM, ONTARIO_FORM, NEW_YORK_FORM];
type Labels = FormProfile['labels'];

/**
 * Every form's labels at once, for a ticket whose jurisdiction is unknown or
 * not ours: its fields still go in the draft the driver confirms. No date
 * order and no speed unit are assumed.
 */
export const ANY_FORM: FormProfile = {
  jurisdiction: null,
  dateOrder: null,
  unit: null,
  header: new RegExp(FORMS.map((form) => form.header.source).join('|')),
  statutes: FORMS.flatMap((form) => form.statutes),
  labels: Object.fromEntries(
    (Object.keys(QUEBEC_FORM.labels) as Array<keyof Labels>).map((field) => [field, FORMS.flatMap((form) => form.labels[field])]),
  ) as unknown as Labels,
  sectionShape: null,
  courtNames: FORMS.flatMap((form) => form.courtNames),
  ticketNumberShape: null,
};
