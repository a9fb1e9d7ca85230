import type { FormPainter } from './create-form-painter.js';
import type { GeneratedCategory } from './describe-offence.js';
import type { Prng } from './create-prng.js';
import type { ExpectedTicket } from './expected-ticket-schema.js';

export interface DrawTicketOptions {
  prng: Prng;
  category: GeneratedCategory;
  today: string;
  /** Overrides the remarks field (the prompt-injection sample). */
  remarks?: string;
}

/** A rendered form: the front as printed, and what a reader should get from it. */
export interface DrawnTicket {
  front: FormPainter;
  expected: ExpectedTicket;
}
