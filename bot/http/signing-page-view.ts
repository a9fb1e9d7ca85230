import type { Language } from '../../i18n/languages.js';
export interface SigningPageDocument { title: string; paragraphs: string[]; facts: Array<{ label: string; value: string }>; signatureLabel: string }
export type SigningPageView =
  | { step: 'review'; language: Language; token: string; document: SigningPageDocument; codeDestination: string /* masked, e.g. "SMS •••• 4567", "WhatsApp •••• 4567", "this chat" already translated by caller */; emailDestination: string | null /* masked e.g. "j•••@gmail.com" when the client gave one */; error: 'sendFailed' | 'tooSoon' | null }
  | { step: 'code'; language: Language; token: string; document: SigningPageDocument; sentTo: string /* masked destination */; triesLeft: number; error: 'wrongCode' | 'codeExpired' | null }
  | { step: 'sign'; language: Language; token: string; document: SigningPageDocument; signerName: string; error: 'signatureMissing' | 'consentMissing' | 'badSignature' | null }
  | { step: 'signed'; language: Language; signedPdfUrl: string; sha256: string }
  | { step: 'locked' | 'expired' | 'notFound' | 'used' | 'unavailable'; language: Language };
