import { rgb } from 'pdf-lib';

/** The page every document of the firm is printed on: US Letter in points, the same margins and inks. */
export const LETTER_PAGE = { width: 612, height: 792 } as const;
export const PAGE_MARGIN = 54;
/** Where text stops on the right, and the width of a full-width column. */
export const PAGE_RIGHT = LETTER_PAGE.width - PAGE_MARGIN;
export const TEXT_WIDTH = PAGE_RIGHT - PAGE_MARGIN;
/** The lowest line of body text on a page whose footer sits in the bottom margin. */
export const BOTTOM_ABOVE_FOOTER = PAGE_MARGIN + 12;
export const INK = rgb(0.12, 0.12, 0.12);
export const GREY = rgb(0.42, 0.42, 0.42);
