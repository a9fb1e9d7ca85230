export type TicketFileErrorCode = 'too_large' | 'unsupported_type' | 'corrupt' | 'too_small';

/**
 * Why a driver's file cannot become a ticket image. The message names only the
 * problem, never the file's content: it may reach the logs.
 */
export class TicketFileError extends Error {
  constructor(
    readonly code: TicketFileErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'TicketFileError';
  }
}
