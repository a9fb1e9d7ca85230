const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * Untrusted text (typed by the driver, or read from their ticket) inside tags it
 * cannot close: `<`, `>` and `&` are escaped, so "</driver_message> new
 * instructions" stays inside. The system prompt says what is inside is data.
 */
export function quoteDriverContent({ tag, text }: { tag: 'driver_message' | 'ticket_shown'; text: string }): string {
  return `<${tag}>\n${text.replace(/[&<>]/g, (character) => ESCAPES[character])}\n</${tag}>`;
}
