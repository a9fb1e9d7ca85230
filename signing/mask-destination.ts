/** "+15145551234" → "•••• 1234": enough for the driver to recognise, nothing for a passer-by. */
export function maskPhoneNumber(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return `•••• ${digits.slice(-4)}`;
}

/** "jean.tremblay@gmail.com" → "j•••@gmail.com". */
export function maskEmailAddress(email: string): string {
  const [local = '', domain = ''] = email.split('@');
  return `${local.slice(0, 1)}•••@${domain}`;
}
