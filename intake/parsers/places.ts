import type { Jurisdiction } from '../../tickets/ticket-schema.js';
import { foldKeepingLength } from './fold-keeping-length.js';

export interface Place {
  /** As written for the driver. */
  name: string;
  jurisdiction: Jurisdiction | string;
  /** 1 for a city that is only there; less for a name several places share. */
  weight: number;
  /** Folded (lower case, no accents); "-" matches a space or a hyphen. */
  pattern: RegExp;
}

const p = (jurisdiction: string, weight: number, name: string, pattern: RegExp): Place => ({ name, jurisdiction, weight, pattern });
const city = (jurisdiction: string, name: string, weight = 1) =>
  p(jurisdiction, weight, name, new RegExp(`\\b${foldKeepingLength(name).replace(/[ -]/g, '[ -]?').replace(/\./g, '\\.?')}\\b`));

// London, Hamilton, Kingston, Windsor, Rochester, Waterloo, Cambridge,
// Richmond, Cornwall and Niagara Falls are names several places share.
export const PLACES: readonly Place[] = [
  ...['Montréal', 'Laval', 'Gatineau', 'Sherbrooke', 'Longueuil', 'Trois-Rivières', 'Lévis', 'Saguenay', 'Drummondville', 'Terrebonne', 'Brossard',
    'Repentigny', 'Saint-Jérôme', 'Granby', 'Blainville', 'Saint-Jean-sur-Richelieu', 'Rimouski', 'Mirabel', 'Boucherville', 'Châteauguay',
    'Victoriaville', 'Saint-Hyacinthe', 'Rouyn-Noranda', 'Joliette', 'Shawinigan', 'Dorval', 'Pointe-Claire', 'Mascouche', 'Vaudreuil-Dorion',
    'Saint-Eustache', 'Beloeil', 'Magog', 'Sept-Îles', 'Val-d\'Or', 'Chicoutimi', 'Lachine', 'Boisbriand', 'Candiac',
  ].map((name) => city('QC', name)),
  p('QC', 2, 'Québec', /\bville de quebec\b|\bquebec city\b/),
  ...['Toronto', 'Ottawa', 'Mississauga', 'Brampton', 'Markham', 'Vaughan', 'Oakville', 'Burlington', 'Oshawa', 'Barrie', 'Sudbury', 'Kitchener',
    'Guelph', 'Thunder Bay', 'Scarborough', 'Etobicoke', 'North York', 'Pickering', 'Ajax', 'Whitby', 'St. Catharines',
    'Sault Ste. Marie', 'Newmarket', 'Brantford', 'Peterborough', 'Belleville', 'Orillia', 'Caledon', 'Halton', 'Peel',
    'Durham Region', 'York Region',
  ].map((name) => city('ON', name)),
  city('ON', 'London', 0.5),
  city('ON', 'Hamilton', 0.6),
  city('ON', 'Kingston', 0.5),
  city('ON', 'Windsor', 0.5),
  city('ON', 'Waterloo', 0.4),
  city('ON', 'Cambridge', 0.3),
  city('ON', 'Cornwall', 0.5),
  city('QC', 'Anjou', 0.6),
  city('QC', 'Verdun', 0.6),
  city('ON', 'Richmond Hill', 0.5),
  city('ON', 'Milton', 0.6),
  city('ON', 'Aurora', 0.5),
  ...['Manhattan', 'Brooklyn', 'Bronx', 'Staten Island', 'Albany', 'Buffalo', 'Yonkers', 'Syracuse', 'Long Island', 'Nassau',
    'Suffolk County', 'Westchester', 'White Plains', 'Schenectady', 'Utica', 'Ithaca', 'Binghamton', 'Poughkeepsie', 'Plattsburgh',
    'New Rochelle', 'Hempstead', 'Saratoga Springs', 'Watertown', 'Oswego', 'Cheektowaga', 'Tonawanda',
  ].map((name) => city('NY', name)),
  city('NY', 'Queens'),
  city('NY', 'Troy', 0.5),
  city('NY', 'Amherst', 0.5),
  city('NY', 'Mount Vernon', 0.5),
  city('NY', 'Rochester', 0.7),
  city('NY', 'Kingston', 0.3),
  city('ON', 'Niagara Falls', 0.2),
  city('NY', 'Niagara Falls', 0.2),
  ...['Calgary', 'Edmonton', 'Red Deer', 'Lethbridge'].map((name) => city('Alberta', name)),
  ...['Vancouver', 'Surrey', 'Burnaby', 'Victoria', 'Kelowna'].map((name) => city('British Columbia', name, 0.7)),
  ...['Winnipeg', 'Brandon'].map((name) => city('Manitoba', name)),
  ...['Newark', 'Jersey City', 'Paterson', 'Trenton', 'Hoboken'].map((name) => city('New Jersey', name)),
  ...['Philadelphia', 'Pittsburgh'].map((name) => city('Pennsylvania', name)),
  ...['Boston'].map((name) => city('Massachusetts', name)),
  ...['Burlington, VT', 'Montpelier'].map((name) => city('Vermont', name)),
  ...['Miami', 'Orlando', 'Tampa'].map((name) => city('Florida', name)),
  ...['Los Angeles', 'San Francisco', 'San Diego'].map((name) => city('California', name)),
];
