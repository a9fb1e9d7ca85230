import { foldText } from '../offences/fold-text.js';

/**
 * The five boroughs by name and county (Manhattan/New York County,
 * Brooklyn/Kings County, Queens, the Bronx, Staten Island/Richmond County).
 * Word boundaries keep out Queensbury, Bronxville and Kings Park, which are
 * not in the city. "TVB" appears only on city tickets: the Traffic
 * Violations Bureau hears the five boroughs only.
 */
const CITY_WORDS =
  /\b(new york city|nyc|city of new york|manhattan|new york county|brooklyn|kings county|queens|bronx|staten island|richmond county|tvb|traffic violations bureau)\b|\bnew york,? (ny|n\.y\.)(\b|$)/;
/** "NY" then a ZIP only the city uses: 100–104 (Manhattan, Staten Island, Bronx), 111–114 and 116 (Brooklyn, Queens). */
const CITY_ZIP = /\b(ny|n\.y\.) (10[0-4]|11[1-4]|116)\d{2}\b/;

export function isNewYorkCity({ location, court }: { location: string | null; court: string | null }): boolean {
  return [location, court].some((value) => {
    if (!value) return false;
    const folded = foldText(value);
    return CITY_WORDS.test(folded) || CITY_ZIP.test(folded);
  });
}
