/** Data rights (Law 25 / PIPEDA): the ACCESS copy of one's data and the withdrawal of consent, in English. */
export const privacyEn = {
  'privacy.exportReady':
    'Here is a copy of everything we hold about you (your details, messages, files, payments and our records about you). The link works for {days} days; keep it private: {privacyUrl}/my-data/{token}',
  'privacy.exportNothing': 'We hold no personal data about you: you have not agreed to our privacy notice. Nothing of this conversation is kept.',
  'privacy.withdrawn':
    'Your consent is withdrawn: we no longer use your data, and reminders and analyses are stopped. A file you paid for and signed stays with our lawyers under your mandate (professional obligations); everything else is erased. To erase all you can, write DELETE MY DATA (invoices are kept for accounting). Write to us again to start over.',
  'privacy.nothingToWithdraw': 'You have not given us your consent, so there is nothing to withdraw. Nothing of this conversation is kept.',
  'privacy.exportTitle': 'Your data at Ticket911',
} as const;
