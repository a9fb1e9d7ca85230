/** What drivers and lawyers read: T911-000042. */
export function formatCaseNumber(number: number): string {
  return `T911-${String(number).padStart(6, '0')}`;
}
