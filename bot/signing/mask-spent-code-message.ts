import type { Language } from '../../i18n/languages.js';
import { translate } from '../../i18n/translate.js';
import type { Prisma, SignatureRequest } from '../../prisma/generated/client.js';

export interface MaskSpentCodeMessageOptions {
  tx: Prisma.TransactionClient;
  request: Pick<SignatureRequest, 'codeMessageId'>;
  language: Language;
}

/**
 * The transcript kept the code's chat message; once the code is used,
 * replaced or locked out, its text is masked so the database holds no live
 * or past code in clear (the code itself is only ever stored as an HMAC).
 */
export async function maskSpentCodeMessage({ tx, request, language }: MaskSpentCodeMessageOptions): Promise<void> {
  if (!request.codeMessageId) return;
  await tx.message.updateMany({ where: { id: request.codeMessageId }, data: { body: translate(language, 'mandate.codeSpent') } });
}
