/** The lawyer's review of a case, the hearing and the outcome, told to the driver; and the contestation PDF's labels. English. */
export const reviewEn = {
  'review.approved':
    'Good news: a lawyer of our firm approved your file {caseNumber}. You can read your contestation here: {url}. We will write to you here when the hearing date is known. No outcome can be guaranteed.',
  'review.question': 'A lawyer reviewing your case {caseNumber} asks: “{question}” Reply here: your answer goes straight to them.',
  'review.answerSent': 'Thank you, your answer went to the lawyer. They will write back to you here.',
  'review.rejected':
    'After review, our firm cannot take your case {caseNumber}. The lawyer’s reason: {reason}\nYou can still pay the ticket, or contest it yourself before the deadline shown on the ticket. Write AGENT to reach a person.',
  'review.refund': 'Your payment of {amount} will be refunded in full to the card or account you paid with, within 10 business days.',
  'review.approvedPending': 'Your file {caseNumber} is approved. We will write to you here when the hearing date is set. Write AGENT to reach a person.',
  'review.closed': 'Your case {caseNumber} is closed. To contest another ticket, send us a photo of it.',
  'hearing.set':
    'Your hearing for case {caseNumber} is set for {date} at {time}, {court}{room}. We will send you reminders before then. Your lawyer will tell you whether you need to be there.',
  'hearing.room': ', room {room}',
  'outcome.acquitted': 'Good news for case {caseNumber}: you were acquitted. Your case is now closed. Thank you for your trust.',
  'outcome.withdrawn': 'Good news for case {caseNumber}: the charge was withdrawn. Your case is now closed. Thank you for your trust.',
  'outcome.convicted':
    'Result for case {caseNumber}: we are sorry, the court found you guilty. The fine and points apply as shown on the ticket. Your lawyer will tell you about appeal options, if any. Your case is now closed. Thank you for your trust.',
  'outcome.reduced': 'Result for case {caseNumber}: the charge was reduced. What now applies: {details}. Your case is now closed. Thank you for your trust.',
  'outcome.reducedPoints': '{points} demerit points',
  'outcome.reducedFine': 'a fine of {fine}',
  'outcome.reducedJoin': ' and ',
  'caseStatus.approved': 'approved by a lawyer; waiting for the hearing date',
  'caseStatus.rejected': 'not taken on by the firm after review',
  'caseStatus.closed': 'closed',
  'contestation.pdf.metadataTitle': 'Contestation — case {caseNumber}',
  'contestation.pdf.caseHeader': 'Case {caseNumber}',
  'contestation.pdf.version': 'Contestation — version {version}',
  'contestation.pdf.approvedBy': 'Approved by: {approvedBy}',
  'contestation.pdf.footer': 'Approved by a lawyer of the firm on {date}, {time} ({offset}) — SHA-256 {hash}… — page {page}/{pages}',
  'review.slackQuestion': ':question: Question sent to the client: {question}',
  'review.slackAnswer': ':speech_balloon: The client answers: {answer}',
  'review.slackErased': ':wastebasket: The client erased their personal data (Quebec Law 25 / PIPEDA): this case and its messages were removed.',
} as const;
