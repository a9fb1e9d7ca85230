/** "2026-11-21 14:03" in the market's time zone: a lawyer reads times where the court is, never in the server's zone. */
export function formatSlackInstant({ at, timeZone }: { at: string; timeZone: string }): string {
  const instant = new Date(at);
  if (Number.isNaN(instant.getTime())) return at;
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}
