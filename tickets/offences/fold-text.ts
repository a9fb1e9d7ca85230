/**
 * Lower case, accents removed, anything but letters, digits and the few
 * signs a section number uses turned into single spaces: what OCR and
 * drivers type ("EXCÈS DE VITESSE", "exces de vitesse") compares equal.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`]/g, ' ')
    .replace(/[^a-z0-9().§&*\-/]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
