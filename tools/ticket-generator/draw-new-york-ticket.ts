import { createFormPainter, type FormPainter } from './create-form-painter.js';
import { describeOffence } from './describe-offence.js';
import type { DrawnTicket, DrawTicketOptions } from './drawn-ticket.js';
import { formatMoney } from './format-money.js';
import type { Prng } from './create-prng.js';
import { inventMotorist } from './invent-motorist.js';
import { shiftIsoDate } from './shift-iso-date.js';

interface CityBorough {
  borough: string;
  county: string;
  streets: readonly string[];
}

const BOROUGHS: readonly CityBorough[] = [
  { borough: 'Manhattan', county: 'New York', streets: ['W 57 ST @ 8 AVE', 'BROADWAY @ W 96 ST', 'FDR DRIVE NB @ E 23 ST', '2 AVE @ E 34 ST'] },
  { borough: 'Brooklyn', county: 'Kings', streets: ['ATLANTIC AVE @ FLATBUSH AVE', 'OCEAN PKWY @ AVE J', 'ATLANTIC AVE EB @ CLASSON AVE', '4 AVE @ 39 ST'] },
  { borough: 'Queens', county: 'Queens', streets: ['QUEENS BLVD @ 63 DR', 'NORTHERN BLVD @ 108 ST', 'WOODHAVEN BLVD @ METROPOLITAN AVE'] },
  { borough: 'Bronx', county: 'Bronx', streets: ['GRAND CONCOURSE @ E 161 ST', 'BRUCKNER BLVD @ HUNTS POINT AVE', 'FORDHAM RD @ WEBSTER AVE'] },
  { borough: 'Staten Island', county: 'Richmond', streets: ['HYLAN BLVD @ RICHMOND AVE', 'VICTORY BLVD @ FOREST AVE'] },
];

interface LocalCourt {
  municipality: string;
  county: string;
  agency: string;
  court: string;
  courtAddress: string;
  sessionTime: string;
  streets: readonly string[];
}

// Court names follow New York's pattern (city courts, town justice courts, the
// Buffalo and Rochester traffic violations agencies); street addresses are invented.
const LOCAL_COURTS: readonly LocalCourt[] = [
  { municipality: 'Albany', county: 'Albany', agency: 'ALBANY POLICE DEPARTMENT', court: 'Albany City Court — Traffic Part',
    courtAddress: '1 Morton Ave, Albany, NY 12202', sessionTime: '9:00 AM', streets: ['CENTRAL AVE @ N LAKE AVE', 'WASHINGTON AVE @ S MAIN AVE'] },
  { municipality: 'Yonkers', county: 'Westchester', agency: 'YONKERS POLICE DEPARTMENT', court: 'Yonkers City Court',
    courtAddress: '100 S Broadway, Yonkers, NY 10701', sessionTime: '9:30 AM', streets: ['CENTRAL PARK AVE @ TUCKAHOE RD', 'MCLEAN AVE @ KIMBALL AVE'] },
  { municipality: 'Colonie', county: 'Albany', agency: 'TOWN OF COLONIE POLICE DEPT', court: 'Town of Colonie Justice Court',
    courtAddress: '312 Wolf Rd, Latham, NY 12110', sessionTime: '5:30 PM', streets: ['ROUTE 9 @ SIENA DR', 'CENTRAL AVE @ WOLF RD', 'I-87 NB EXIT 4'] },
  { municipality: 'Buffalo', county: 'Erie', agency: 'BUFFALO POLICE DEPARTMENT', court: 'City of Buffalo Traffic Violations Agency',
    courtAddress: '50 Delaware Ave, Buffalo, NY 14202', sessionTime: '9:00 AM', streets: ['DELAWARE AVE @ W UTICA ST', 'MAIN ST @ E FERRY ST', 'NIAGARA ST @ PORTER AVE'] },
  { municipality: 'Rochester', county: 'Monroe', agency: 'ROCHESTER POLICE DEPARTMENT', court: 'City of Rochester Traffic Violations Agency',
    courtAddress: '150 S Plymouth Ave, Rochester, NY 14614', sessionTime: '1:30 PM', streets: ['LAKE AVE @ RIDGE RD W', 'EAST AVE @ ALEXANDER ST'] },
  { municipality: 'Cheektowaga', county: 'Erie', agency: 'NEW YORK STATE POLICE — TROOP A', court: 'Town of Cheektowaga Justice Court',
    courtAddress: '3223 Union Rd, Cheektowaga, NY 14227', sessionTime: '6:00 PM', streets: ['I-90 WB MP 417.2', 'UNION RD @ WALDEN AVE'] },
];

const TVB = 'NYS DMV Traffic Violations Bureau';
const REMARKS = ['', '', 'LASER LTI 20/20 CALIBRATED', 'CLEAR / DRY', 'STOPPED AT LOCATION'];

/**
 * A New York ticket as a computer-printed (TraCS-style, letter size) Uniform
 * Traffic Ticket, or a camera "Notice of Liability". NYC moving violations
 * answer to the DMV Traffic Violations Bureau (no fine printed, "answer within
 * 15 days"); elsewhere the ticket is returnable to a city or town court on a
 * printed date, also without a fine; misdemeanours (VTL 1212) go to a
 * criminal court. Camera notices print the $50 penalty and a pay-by date.
 */
export function drawNewYorkTicket(options: DrawTicketOptions): DrawnTicket {
  return options.category === 'camera' ? drawNoticeOfLiability(options) : drawUniformTrafficTicket(options);
}

function drawUniformTrafficTicket({ prng, category, today, remarks }: DrawTicketOptions): DrawnTicket {
  const inCity = prng.chance(0.5);
  const borough = prng.pick(BOROUGHS);
  const local = prng.pick(LOCAL_COURTS);
  const street = inCity ? prng.pick(borough.streets) : prng.pick(local.streets);
  const offence = describeOffence({ prng, jurisdiction: 'NY', category, road: /^I-\d/.test(street) ? 'highway' : 'urban' });
  const motorist = inventMotorist({ prng, jurisdiction: 'NY', today });
  const municipality = inCity ? borough.borough : local.municipality;
  const issuedOn = shiftIsoDate(today, -prng.int(0, 59));
  const returnDate = inCity && !offence.misdemeanour ? null : nextWeekday(shiftIsoDate(issuedOn, prng.int(14, 42)));
  const court = inCity
    ? offence.misdemeanour ? `Criminal Court of the City of New York — ${borough.county} County` : TVB
    : local.court;
  const agency = inCity ? 'NEW YORK CITY POLICE DEPARTMENT' : local.agency;
  const ticketNumber = `${letters(prng, 2)}${String(prng.int(0, 9_999_999)).padStart(7, '0')}${letters(prng, 1)}`;

  const p = createFormPainter({
    width: 1700, height: 2200, prng, paper: prng.pick(['#fdfdfb', '#f7f7f4', '#fbfaf5']),
    formInk: '#111111', dataInk: '#111111', fillOffset: { dx: 0, dy: 0 },
  });
  const bar = (y: number, title: string, x = 60, w = 1000): void => {
    p.rect(x, y, w, 34, { lineWidth: 0, fill: '#1a1a1a' });
    p.text(title, x + 10, y + 6, { size: 7.5, font: 'sansBold', color: '#fdfdfb', maxWidth: w - 20 });
  };

  p.text(agency, 60, 50, { size: 9, font: 'sansBold', maxWidth: 900 });
  p.text('NEW YORK STATE', 60, 92, { size: 8 });
  p.text('UNIFORM TRAFFIC TICKET', 60, 122, { size: 20, font: 'sansBold' });
  p.field(1100, 40, 540, 110, 'TICKET NUMBER', ticketNumber, { size: 16, font: 'monoBold' });
  p.barcode(1100, 160, 540, 56);
  p.field(60, 230, 330, 66, 'LOCAL POLICE CODE', String(prng.int(100, 9999)).padStart(4, '0'), { size: 9 });
  p.field(390, 230, 330, 66, inCity ? 'PRECINCT / COMMAND' : 'ZONE / POST', inCity ? `PCT ${String(prng.int(1, 123)).padStart(3, '0')}` : `Z${prng.int(1, 9)}`, { size: 9 });
  p.field(720, 230, 340, 66, 'AGENCY ORI', `NY${String(prng.int(0, 999999)).padStart(6, '0')}`, { size: 9 });

  bar(316, 'THE PERSON DESCRIBED BELOW IS CHARGED AS FOLLOWS');
  p.field(60, 350, 420, 66, 'LAST NAME', motorist.lastName.toUpperCase(), { size: 9.5 });
  p.field(480, 350, 400, 66, 'FIRST NAME', motorist.firstName.toUpperCase(), { size: 9.5 });
  p.field(880, 350, 180, 66, 'M.I.', motorist.initial, { size: 9.5 });
  p.field(60, 416, 1000, 66, 'ADDRESS (NUMBER AND STREET)', motorist.streetAddress.toUpperCase(), { size: 9.5 });
  p.field(60, 482, 460, 66, 'CITY', motorist.city.toUpperCase(), { size: 9.5 });
  p.field(520, 482, 140, 66, 'STATE', 'NY', { size: 9.5 });
  p.field(660, 482, 200, 66, 'ZIP', motorist.postalCode, { size: 9.5 });
  p.field(860, 482, 200, 66, 'SEX', motorist.sex, { size: 9.5 });
  p.field(60, 548, 420, 66, 'CLIENT ID NO. (LICENSE)', motorist.licenceNumber, { size: 9.5 });
  p.field(480, 548, 140, 66, 'LIC. ST', 'NY', { size: 9.5 });
  p.field(620, 548, 140, 66, 'CLASS', 'D', { size: 9.5 });
  p.field(760, 548, 300, 66, 'DATE OF BIRTH', usDate(motorist.birthDate), { size: 9.5 });
  p.field(60, 614, 300, 66, 'PLATE NO.', motorist.plate, { size: 9.5 });
  p.field(360, 614, 140, 66, 'REG ST', 'NY', { size: 9.5 });
  p.field(500, 614, 200, 66, 'VEH TYPE', 'SUBN', { size: 9.5 });
  p.field(700, 614, 160, 66, 'YEAR', String(motorist.vehicle.year), { size: 9.5 });
  p.field(860, 614, 200, 66, 'COLOR', motorist.vehicle.colour, { size: 9.5 });
  p.field(60, 680, 500, 66, 'MAKE', motorist.vehicle.make, { size: 9.5 });
  p.field(560, 680, 500, 66, 'OWNER', 'SAME AS OPERATOR', { size: 8.5 });

  bar(770, 'VIOLATION');
  const [hour, minute] = [prng.int(0, 23), prng.int(0, 59)];
  p.field(60, 804, 320, 66, 'DATE OF OFFENSE', usDate(issuedOn), { size: 10 });
  p.field(380, 804, 260, 66, 'TIME', `${((hour + 11) % 12) + 1}:${String(minute).padStart(2, '0')} ${hour < 12 ? 'AM' : 'PM'}`, { size: 10 });
  p.field(640, 804, 420, 66, 'COUNTY', (inCity ? borough.county : local.county).toUpperCase(), { size: 10 });
  p.rect(60, 870, 400, 66);
  p.text('IN VIOLATION OF', 66, 874, { size: 5.5 });
  p.checkbox(76, 900, 24, true);
  p.text('VTL', 108, 902, { size: 7 });
  p.checkbox(190, 900, 24, false);
  p.text('LOCAL LAW', 222, 902, { size: 7 });
  p.field(460, 870, 600, 66, 'SECTION / SUBSECTION', offence.printedSection, { size: 11 });
  p.field(60, 936, 1000, 66, 'DESCRIPTION OF VIOLATION', offence.wording, { size: 10 });
  p.field(60, 1002, 1000, 66, 'SPEED', offence.detail ?? '', { size: 10 });
  if (offence.speed) {
    p.text(prng.pick(['RADAR', 'LASER', 'PACE']), 900, 1010, { size: 6 });
  }
  p.field(60, 1068, 1000, 66, 'PLACE OF OCCURRENCE', street, { size: 10 });
  p.field(60, 1134, 500, 66, 'CITY / TOWN / VILLAGE', municipality.toUpperCase(), { size: 10 });
  p.rect(560, 1134, 500, 66);
  p.checkbox(576, 1160, 24, !offence.misdemeanour);
  p.text('TRAFFIC INFRACTION', 608, 1162, { size: 6.5 });
  p.checkbox(830, 1160, 24, offence.misdemeanour);
  p.text('MISDEMEANOR', 862, 1162, { size: 6.5 });
  p.field(60, 1200, 500, 66, 'OFFICER NAME / RANK', `P.O. ${letters(prng, 1)}. ${prng.pick(['RIVERA', 'OKONKWO', 'HALVORSEN', 'DESANTIS', 'BRANDT'])}`, { size: 9 });
  p.field(560, 1200, 240, 66, 'SHIELD NO.', String(prng.int(1000, 39999)), { size: 9 });
  p.field(800, 1200, 260, 66, 'TAX REG NO.', String(prng.int(900000, 999999)), { size: 9 });
  p.field(60, 1266, 1000, 66, 'REMARKS', remarks ?? prng.pick(REMARKS), { size: 8.5, font: 'mono' });

  bar(1356, returnDate ? 'THE PERSON DESCRIBED ABOVE IS SUMMONED TO APPEAR AT' : 'ANSWER THIS TICKET — SEE INSTRUCTIONS');
  if (returnDate) {
    p.fill(court.toUpperCase(), 70, 1402, { size: 10, maxWidth: 980 });
    p.fill(inCity ? `${borough.county.toUpperCase()} COUNTY CRIMINAL COURT, ${borough.borough.toUpperCase()}` : local.courtAddress.toUpperCase(), 70, 1446, { size: 8.5, font: 'mono', maxWidth: 980 });
    p.field(60, 1490, 500, 66, 'ON (RETURN DATE)', usDate(returnDate), { size: 10 });
    p.field(560, 1490, 500, 66, 'AT (TIME)', inCity ? '9:30 AM' : local.sessionTime, { size: 10 });
  } else {
    p.fill(TVB.toUpperCase(), 70, 1402, { size: 10 });
    p.paragraph('Answer within 15 days of the date of this ticket: online, by mail, or in person at a Traffic Violations Bureau office. ' +
      'Mail: Traffic Violations Plea Unit, P.O. Box 2950 - ESP, Albany, NY 12220-0950.', 70, 1446, 980, { size: 7 });
  }
  p.paragraph(
    'COMPLAINANT: I personally observed the commission of the offense charged above. False statements made herein are punishable ' +
      'as a Class A misdemeanor under the Penal Law. Affirmed under penalty of perjury.',
    60, 1590, 1000, { size: 5.8 },
  );
  p.field(60, 1680, 1000, 66, 'SIGNATURE OF COMPLAINANT', '');
  p.line(400, 1730, 1000, 1722, 2, '#333');

  p.rect(60, 1790, 1000, 34, { lineWidth: 0, fill: '#1a1a1a' });
  p.text('FOR COURT USE ONLY', 70, 1796, { size: 7.5, font: 'sansBold', color: '#fdfdfb' });
  p.field(60, 1824, 250, 66, 'FINE', '');
  p.field(310, 1824, 250, 66, 'SURCHARGE', '');
  p.field(560, 1824, 250, 66, 'DISPOSITION', '');
  p.field(810, 1824, 250, 66, 'DATE', '');
  p.paragraph(
    'Fines, the mandatory state surcharge and any Driver Responsibility Assessment are set by the court or bureau, not by the officer. ' +
      'A conviction may add points to your driving record.',
    60, 1910, 1000, { size: 5.8 },
  );

  drawPleaColumn(p, returnDate !== null);
  p.text(`UTT ${prng.int(1, 9)}.${prng.int(1, 9)} (${issuedOn.slice(0, 4)})  PART III — MOTORIST COPY`, 60, 2150, { size: 5.5 });

  return {
    front: p,
    expected: {
      jurisdiction: 'NY',
      offenceCategory: category,
      statute: 'VTL',
      section: offence.section,
      ticketNumber,
      issuedOn,
      fineCents: null,
      totalPayableCents: null,
      currency: 'USD',
      speed: offence.speed,
      location: `${street}, ${municipality}`,
      court,
      printedRespondBy: returnDate,
    },
  };
}

function drawPleaColumn(p: FormPainter, appearance: boolean): void {
  const x = 1100;
  const w = 540;
  p.rect(x, 316, w, 34, { lineWidth: 0, fill: '#1a1a1a' });
  p.text('PLEA BY MAIL — READ CAREFULLY', x + 10, 322, { size: 7.5, font: 'sansBold', color: '#fdfdfb' });
  let y = 366;
  const block = (title: string, body: string): void => {
    p.text(title, x, y, { size: 7, font: 'sansBold' });
    y = p.paragraph(body, x, y + 28, w, { size: 6 }) + 14;
  };
  block('PLEA OF GUILTY', 'Check the box, sign and mail this part to the court or bureau named on the front. A fine and a mandatory state surcharge will be imposed; you will be notified of the amount.');
  p.checkbox(x, y, 24, false);
  p.text('I plead GUILTY to the offense charged.', x + 34, y + 2, { size: 6.5 });
  y += 50;
  block('PLEA OF NOT GUILTY', appearance
    ? 'Mail your plea within 48 hours to the court named on the front to obtain a supporting deposition, or appear on the return date shown.'
    : 'Check the box and mail this part; you will be notified of a hearing date at a Traffic Violations Bureau office.');
  p.checkbox(x, y, 24, false);
  p.text('I plead NOT GUILTY and request a hearing.', x + 34, y + 2, { size: 6.5 });
  y += 50;
  block('WARNING', 'Failure to answer this ticket or to appear will result in suspension of your driver license or privilege to operate, and a default judgment may be entered against you (VTL §226, §510, §1806-a).');
  block('SUPPORTING DEPOSITION', 'You may request a supporting deposition from the complainant police officer. It must be requested within 30 days of the return date.');
  p.field(x, y + 10, w, 66, 'SIGNATURE OF MOTORIST', '');
  p.field(x, y + 76, w, 66, 'CURRENT MAILING ADDRESS (IF DIFFERENT)', '');
}

function drawNoticeOfLiability({ prng, category, today, remarks }: DrawTicketOptions): DrawnTicket {
  const offence = describeOffence({ prng, jurisdiction: 'NY', category });
  const motorist = inventMotorist({ prng, jurisdiction: 'NY', today });
  const borough = prng.pick(BOROUGHS);
  const street = prng.pick(borough.streets);
  const issuedOn = shiftIsoDate(today, -prng.int(12, 59));
  const noticeDate = shiftIsoDate(issuedOn, prng.int(4, 10));
  const dueDate = shiftIsoDate(noticeDate, 30);
  const number = `7${String(prng.int(0, 999_999_999)).padStart(9, '0')}`;
  const fine = offence.fineCents ?? 5000;
  const time = `${String(prng.int(6, 21)).padStart(2, '0')}:${String(prng.int(0, 59)).padStart(2, '0')}:${String(prng.int(0, 59)).padStart(2, '0')}`;

  const p = createFormPainter({
    width: 1700, height: 2200, prng, paper: '#fdfdfb', formInk: '#122a52', dataInk: '#111111', fillOffset: { dx: 0, dy: 0 },
  });
  p.emblem(130, 120, 70, 'DOF');
  p.text('NYC DEPARTMENT OF FINANCE', 230, 60, { size: 11, font: 'sansBold' });
  p.text('NOTICE OF LIABILITY', 230, 100, { size: 22, font: 'sansBold' });
  p.text(offence.camera === 'speed' ? 'SCHOOL ZONE SPEED CAMERA VIOLATION' : 'RED LIGHT CAMERA VIOLATION', 230, 172, { size: 10, font: 'sansBold' });
  p.field(1150, 40, 490, 100, 'VIOLATION NUMBER', number, { size: 14 });
  p.barcode(1150, 150, 490, 50);
  p.field(1150, 210, 490, 66, 'NOTICE DATE', usDate(noticeDate), { size: 10 });

  p.field(60, 300, 1060, 180, 'REGISTERED OWNER', '');
  p.fill(`${motorist.firstName.toUpperCase()} ${motorist.lastName.toUpperCase()}`, 80, 340, { size: 10 });
  p.fill(motorist.streetAddress.toUpperCase(), 80, 384, { size: 10 });
  p.fill(`${motorist.city.toUpperCase()} NY ${motorist.postalCode}`, 80, 428, { size: 10 });
  p.field(1150, 300, 490, 90, 'PENALTY AMOUNT', formatMoney(fine, 'en'), { size: 13 });
  p.field(1150, 390, 490, 90, 'AMOUNT DUE', formatMoney(fine, 'en'), { size: 13 });

  const row = 520;
  p.field(60, row, 300, 66, 'PLATE', motorist.plate, { size: 10 });
  p.field(360, row, 120, 66, 'STATE', 'NY', { size: 10 });
  p.field(480, row, 200, 66, 'TYPE', 'PAS', { size: 10 });
  p.field(680, row, 300, 66, 'MAKE', motorist.vehicle.make, { size: 10 });
  p.field(980, row, 330, 66, 'VIOLATION DATE', usDate(issuedOn), { size: 10 });
  p.field(1310, row, 330, 66, 'TIME', time, { size: 10 });
  p.field(60, row + 66, 1000, 66, 'LOCATION', street, { size: 10 });
  p.field(1060, row + 66, 580, 66, 'BOROUGH', borough.borough.toUpperCase(), { size: 10 });
  p.field(60, row + 132, 1580, 66, 'VIOLATION', `VTL ${offence.printedSection} — ${offence.wording}${offence.detail ? ` — ${offence.detail}` : ''}`, { size: 9.5 });

  drawCameraFrame(p, prng, 60, 760, 770, 520, `${issuedOn} ${time}  CAM ${prng.int(1000, 9999)}  LANE ${prng.int(1, 3)}`);
  drawCameraFrame(p, prng, 870, 760, 770, 520, offence.speed ? `${offence.speed.recorded} MPH / LIMIT ${offence.speed.limit}` : `RED ${prng.int(1, 9)}.${prng.int(0, 9)} s`);

  p.field(60, 1310, 1580, 90, 'PAY OR DISPUTE BY', usDate(dueDate), { size: 13 });
  let y = p.paragraph(
    `You are liable as the registered owner of the vehicle shown, under Section ${offence.printedSection} of the New York State Vehicle and Traffic Law. ` +
      'This is not a moving violation: no points will be assessed against your license and it will not be reported to your insurance company. ' +
      'If you do not pay or request a hearing by the date shown, additional penalties may be added and a default judgment may be entered.',
    60, 1430, 1580, { size: 7 },
  );
  y = p.paragraph('To dispute this notice, request a hearing online, by mail or in person. Include the violation number on all correspondence.', 60, y + 10, 1580, { size: 7 });
  if (remarks) p.field(60, y + 10, 1580, 66, 'NOTES', remarks, { size: 8.5, font: 'mono' });

  p.ctx.setLineDash([14, 10]);
  p.line(40, 1880, 1660, 1880, 2, '#555');
  p.ctx.setLineDash([]);
  p.text('PAYMENT COUPON — RETURN THIS PORTION WITH YOUR PAYMENT', 60, 1900, { size: 7.5, font: 'sansBold' });
  p.field(60, 1950, 600, 80, 'VIOLATION NUMBER', number, { size: 11 });
  p.field(660, 1950, 400, 80, 'AMOUNT DUE', formatMoney(fine, 'en'), { size: 11 });
  p.field(1060, 1950, 580, 80, 'AMOUNT ENCLOSED', '');
  p.text('Make check or money order payable to NYC Department of Finance. Do not send cash.', 60, 2060, { size: 6.5 });

  return {
    front: p,
    expected: {
      jurisdiction: 'NY',
      offenceCategory: 'camera',
      statute: 'VTL',
      section: offence.section,
      ticketNumber: number,
      issuedOn,
      fineCents: fine,
      totalPayableCents: fine,
      currency: 'USD',
      speed: offence.speed,
      location: `${street}, ${borough.borough}`,
      court: null,
      printedRespondBy: dueDate,
    },
  };
}

/** A grey "camera still": road, a car's silhouette, and the data strip burnt into the photo. */
function drawCameraFrame(p: FormPainter, prng: Prng, x: number, y: number, w: number, h: number, strip: string): void {
  const { ctx } = p;
  const sky = ctx.createLinearGradient(x, y, x, y + h);
  sky.addColorStop(0, '#8d8d8d');
  sky.addColorStop(0.45, '#5e5e5e');
  sky.addColorStop(1, '#3a3a3a');
  ctx.fillStyle = sky;
  ctx.fillRect(x, y, w, h);
  ctx.fillStyle = '#b9b9b9';
  for (let lane = 1; lane < 4; lane++) {
    ctx.beginPath();
    ctx.moveTo(x + (w * lane) / 4 - 6, y + h);
    ctx.lineTo(x + w / 2 + (lane - 2) * 40, y + h * 0.45);
    ctx.lineTo(x + w / 2 + (lane - 2) * 40 + 4, y + h * 0.45);
    ctx.lineTo(x + (w * lane) / 4 + 6, y + h);
    ctx.fill();
  }
  const carX = x + prng.float(0.2, 0.5) * w;
  const carY = y + prng.float(0.45, 0.6) * h;
  ctx.fillStyle = prng.pick(['#202020', '#d8d8d8', '#4a4a4a']);
  ctx.beginPath();
  ctx.roundRect(carX, carY, w * 0.32, h * 0.22, 24);
  ctx.fill();
  ctx.fillStyle = '#161616';
  ctx.fillRect(carX + w * 0.04, carY - h * 0.08, w * 0.24, h * 0.1);
  ctx.fillRect(x, y + h - 44, w, 44);
  p.text(strip, x + 12, y + h - 36, { size: 7, font: 'mono', color: '#f0f0f0', maxWidth: w - 24 });
}

function usDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${m}/${d}/${y}`;
}

function nextWeekday(iso: string): string {
  let date = iso;
  while ([0, 6].includes(new Date(`${date}T12:00:00Z`).getUTCDay())) date = shiftIsoDate(date, 1);
  return date;
}

function letters(prng: Prng, count: number): string {
  const alphabet = 'ABCDEFGHJKLMNPRSTUVWXYZ';
  return Array.from({ length: count }, () => alphabet[prng.int(0, alphabet.length - 1)]).join('');
}

