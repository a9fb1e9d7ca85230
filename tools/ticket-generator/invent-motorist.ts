import type { Jurisdiction } from '../../tickets/ticket-schema.js';
import type { Prng } from './create-prng.js';
import { shiftIsoDate } from './shift-iso-date.js';

export interface Motorist {
  lastName: string;
  firstName: string;
  initial: string;
  streetAddress: string;
  city: string;
  region: string;
  postalCode: string;
  birthDate: string;
  sex: 'M' | 'F' | 'X';
  licenceNumber: string;
  plate: string;
  plateRegion: string;
  vehicle: { year: number; make: string; model: string; colour: string; colourFr: string };
}

// Invented combinations of common given names and surnames; no real person is modelled.
const FIRST_NAMES = [
  'Mathieu', 'Sophie', 'Karim', 'Julie', 'Olivier', 'Nadia', 'Étienne', 'Chloé', 'Samuel', 'Amélie',
  'Daniel', 'Priya', 'Marcus', 'Emily', 'Jonah', 'Fatima', 'Lucas', 'Grace', 'Tyler', 'Mei',
  'Gabriel', 'Rosalie', 'Hugo', 'Léa', 'Kevin', 'Aisha', 'Noah', 'Valérie', 'Owen', 'Sara',
];
const LAST_NAMES = [
  'Tremblay-Okafor', 'Gagnon', 'Bouchard', 'Lavoie', 'Fortier', 'Bélanger', 'Pelletier', 'Nguyen', 'Morin', 'Côté',
  'Haddad', 'Brennan', 'Kowalczyk', 'MacLeod', 'Singh', 'Ferreira', 'Delgado', 'Whitfield', 'Osei', 'Larochelle',
  'Castellano', 'Dubé', 'Vachon', 'Ramsay', 'Petrakis', 'Lindqvist', 'Abernathy', 'Quintal', 'Marchetti', 'Ouellet',
];
const STREETS: Record<Jurisdiction, readonly string[]> = {
  QC: ['rue des Érables', 'avenue Papineau', 'rue Beaubien Est', 'boul. Gouin Ouest', 'rue de la Montagne', 'rue Principale', 'chemin du Lac'],
  ON: ['Maple Grove Ave', 'Birchmount Rd', 'Lakeshore Blvd W', 'Elm St', 'Crescent Hill Dr', 'Wellington St E', 'Pine Ridge Crt'],
  NY: ['Maple Ave', 'Central Ave', 'Ridge Rd', 'Union St', 'Willow Ln', 'Hudson Ave', 'Park Pl'],
};
const HOME_CITIES: Record<Jurisdiction, readonly [string, string, string][]> = {
  QC: [['Montréal', 'QC', 'H2S'], ['Laval', 'QC', 'H7N'], ['Longueuil', 'QC', 'J4K'], ['Québec', 'QC', 'G1R'], ['Gatineau', 'QC', 'J8Y'], ['Sherbrooke', 'QC', 'J1H'], ['Terrebonne', 'QC', 'J6W']],
  ON: [['Toronto', 'ON', 'M4C'], ['Mississauga', 'ON', 'L5B'], ['Brampton', 'ON', 'L6Y'], ['Ottawa', 'ON', 'K1S'], ['Hamilton', 'ON', 'L8P'], ['Oakville', 'ON', 'L6J']],
  NY: [['Brooklyn', 'NY', '112'], ['Bronx', 'NY', '104'], ['Albany', 'NY', '122'], ['Yonkers', 'NY', '107'], ['Buffalo', 'NY', '142'], ['Latham', 'NY', '121']],
};
const VEHICLES: readonly [string, string][] = [
  ['TOYOTA', 'COROLLA'], ['HONDA', 'CIVIC'], ['HYUNDAI', 'ELANTRA'], ['FORD', 'ESCAPE'], ['MAZDA', 'CX-5'],
  ['NISSAN', 'ROGUE'], ['CHEVROLET', 'EQUINOX'], ['KIA', 'SORENTO'], ['SUBARU', 'OUTBACK'], ['VOLKSWAGEN', 'JETTA'],
];
const COLOURS: readonly [string, string][] = [
  ['BLACK', 'NOIR'], ['WHITE', 'BLANC'], ['GREY', 'GRIS'], ['SILVER', 'ARGENT'], ['BLUE', 'BLEU'], ['RED', 'ROUGE'],
];
const LETTERS = 'ABCDEFGHJKLMNPRSTVWXYZ';

export function inventMotorist({ prng, jurisdiction, today }: { prng: Prng; jurisdiction: Jurisdiction; today: string }): Motorist {
  const lastName = prng.pick(LAST_NAMES);
  const firstName = prng.pick(FIRST_NAMES);
  const [city, region, postalPrefix] = prng.pick(HOME_CITIES[jurisdiction]);
  const birthDate = shiftIsoDate(today, -prng.int(18 * 365 + 5, 78 * 365));
  const letter = () => LETTERS[prng.int(0, LETTERS.length - 1)];
  const digits = (count: number) => Array.from({ length: count }, () => prng.int(0, 9)).join('');
  const [make, model] = prng.pick(VEHICLES);
  const [colour, colourFr] = prng.pick(COLOURS);
  const surnameInitial = lastName.normalize('NFD').replace(/[^A-Za-z]/g, '').charAt(0).toUpperCase();
  const [by, bm, bd] = birthDate.split('-');
  const licenceNumber =
    jurisdiction === 'QC'
      ? `${surnameInitial}${digits(4)}-${bd}${bm}${by.slice(2)}-${digits(2)}`
      : jurisdiction === 'ON'
        ? `${surnameInitial}${digits(4)}-${digits(5)}-${by.slice(2)}${bm}${bd}`
        : `${digits(3)} ${digits(3)} ${digits(3)}`;
  const plate =
    jurisdiction === 'QC'
      ? prng.chance(0.5)
        ? `${digits(3)} ${letter()}${letter()}${letter()}`
        : `${letter()}${digits(2)} ${letter()}${letter()}${letter()}`
      : jurisdiction === 'ON'
        ? `${letter()}${letter()}${letter()}${letter()} ${digits(3)}`
        : `${letter()}${letter()}${letter()}-${digits(4)}`;
  const postalCode =
    jurisdiction === 'NY'
      ? `${postalPrefix}${digits(2)}`
      : `${postalPrefix} ${digits(1)}${letter()}${digits(1)}`;
  return {
    lastName,
    firstName,
    initial: letter(),
    streetAddress: `${prng.int(12, 9870)} ${prng.pick(STREETS[jurisdiction])}`,
    city,
    region,
    postalCode,
    birthDate,
    sex: prng.weighted([['M', 48], ['F', 48], ['X', 4]] as const),
    licenceNumber,
    plate,
    plateRegion: region,
    vehicle: { year: prng.int(2009, 2026), make, model, colour, colourFr },
  };
}
