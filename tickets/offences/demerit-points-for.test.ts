import { describe, expect, it } from 'vitest';
import { demeritPointsFor } from './demerit-points-for.js';
import type { Speed } from '../ticket-schema.js';

const kmh = (recorded: number, limit: number): Speed => ({ recorded, limit, unit: 'km/h' });
const mph = (recorded: number, limit: number): Speed => ({ recorded, limit, unit: 'mph' });

describe('demeritPointsFor — Ontario speeding (O. Reg. 339/94)', () => {
  it.each([
    [65, 50, 0],
    [66, 50, 3],
    [79, 50, 3],
    [80, 50, 4],
    [99, 50, 4],
    [100, 50, 6],
  ])('%i in a %i zone → %i', (recorded, limit, points) => {
    expect(demeritPointsFor({ jurisdiction: 'ON', category: 'speeding', section: '128', speed: kmh(recorded, limit) })).toBe(points);
  });
});

describe('demeritPointsFor — New York speeding (DMV point system)', () => {
  it.each([
    [56, 55, 3],
    [65, 55, 3],
    [66, 55, 4],
    [75, 55, 4],
    [76, 55, 6],
    [86, 55, 8],
    [95, 55, 8],
    [96, 55, 11],
  ])('%i in a %i zone → %i', (recorded, limit, points) => {
    expect(demeritPointsFor({ jurisdiction: 'NY', category: 'speeding', section: '1180(d)', speed: mph(recorded, limit) })).toBe(points);
  });

  it('gives a work-zone speeding (1180(f)) 8 points whatever the speed', () => {
    expect(demeritPointsFor({ jurisdiction: 'NY', category: 'speeding', section: '1180(f)', speed: mph(36, 35) })).toBe(8);
    expect(demeritPointsFor({ jurisdiction: 'NY', category: 'speeding', section: '1180(f)', speed: null })).toBe(8);
  });

  it('gives "speed not reasonable and prudent" (1180(a)) 3 points without a limit', () => {
    expect(demeritPointsFor({ jurisdiction: 'NY', category: 'speeding', section: '1180(a)', speed: null })).toBe(3);
  });

  it('converts a speed written in km/h to mph', () => {
    // 100 km/h in an 80 km/h zone is 12.4 mph over → 4.
    expect(demeritPointsFor({ jurisdiction: 'NY', category: 'speeding', section: '1180(d)', speed: kmh(100, 80) })).toBe(4);
  });
});

describe('demeritPointsFor — Quebec speeding (r. 37, by zone)', () => {
  it.each([
    [60, 50, 0],
    [61, 50, 1],
    [71, 50, 2],
    [81, 50, 3],
    [90, 50, 6], // 40 over in a 60-or-less zone: excessive, doubled
    [96, 50, 10],
    [111, 50, 14],
    [130, 90, 3], // 40 over in a 90 zone: not excessive
    [140, 90, 10],
    [150, 100, 5], // 50 over in a 100 zone
    [160, 100, 10],
    [161, 100, 14],
  ])('%i in a %i zone → %i', (recorded, limit, points) => {
    expect(demeritPointsFor({ jurisdiction: 'QC', category: 'speeding', section: '328', speed: kmh(recorded, limit) })).toBe(points);
  });

  it('has no fixed number from 121 km/h over', () => {
    expect(demeritPointsFor({ jurisdiction: 'QC', category: 'speeding', section: '328', speed: kmh(221, 100) })).toBeNull();
  });
});

describe('demeritPointsFor — fixed values', () => {
  it.each([
    ['QC', 'red_light', '359', 3],
    ['QC', 'stop_sign', '368', 3],
    ['QC', 'handheld_device', '443.1', 5],
    ['QC', 'seatbelt', '396', 3],
    ['QC', 'careless_driving', '327', 4],
    ['ON', 'red_light', '144(18)', 3],
    ['ON', 'stop_sign', '136(1)(a)', 3],
    ['ON', 'handheld_device', '78.1(1)', 3],
    ['ON', 'seatbelt', '106(2)', 2],
    ['ON', 'careless_driving', '130', 6],
    ['ON', 'failure_to_yield', '135', 3],
    ['NY', 'red_light', '1111(d)(1)', 3],
    ['NY', 'stop_sign', '1172(a)', 3],
    ['NY', 'handheld_device', '1225-d', 5],
    ['NY', 'seatbelt', '1229-c(3)', 0],
    ['NY', 'careless_driving', '1212', 5],
    ['NY', 'failure_to_yield', '1141', 3],
  ] as const)('%s %s %s → %i', (jurisdiction, category, section, points) => {
    expect(demeritPointsFor({ jurisdiction, category, section, speed: null })).toBe(points);
  });

  it('gives camera tickets no points anywhere', () => {
    for (const jurisdiction of ['QC', 'ON', 'NY'] as const) {
      expect(demeritPointsFor({ jurisdiction, category: 'camera', section: null, speed: kmh(90, 50) })).toBe(0);
    }
  });

  it('does not guess', () => {
    expect(demeritPointsFor({ jurisdiction: 'ON', category: 'other', section: '999', speed: null })).toBeNull();
    expect(demeritPointsFor({ jurisdiction: 'ON', category: 'speeding', section: '128', speed: null })).toBeNull();
    expect(demeritPointsFor({ jurisdiction: 'NY', category: 'speeding', section: '1180(d)', speed: mph(50, 55) })).toBeNull();
    // Pedestrian crossover: public summaries disagree, so no number.
    expect(demeritPointsFor({ jurisdiction: 'ON', category: 'failure_to_yield', section: '140', speed: null })).toBeNull();
  });
});
