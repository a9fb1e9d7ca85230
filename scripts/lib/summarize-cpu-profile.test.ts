import { describe, expect, it } from 'vitest';
import { summarizeCpuProfile, type CpuProfile } from './summarize-cpu-profile.js';

const root = '/srv/app';
const frame = (functionName: string, url: string, lineNumber = 0) => ({ functionName, url, lineNumber, scriptId: '0', columnNumber: 0 });

// (root) → handler (project) → stringify (pdfjs) ; handler → query (@prisma/client) ; (idle) ; (garbage collector)
const profile: CpuProfile = {
  nodes: [
    { id: 1, callFrame: frame('(root)', ''), children: [2, 5, 6] },
    { id: 2, callFrame: frame('handle', `file://${root}/channels/twilio/create-twilio-router.ts`, 41), children: [3, 4] },
    { id: 3, callFrame: frame('stringify', `file://${root}/node_modules/pdfjs-dist/legacy/build/pdf.mjs`, 5250) },
    { id: 4, callFrame: frame('request', `file://${root}/node_modules/@prisma/client/runtime/client.js`, 57) },
    { id: 5, callFrame: frame('(idle)', '') },
    { id: 6, callFrame: frame('(garbage collector)', '') },
  ],
  // A sample's weight is the next sample's delta; the last one repeats its own.
  samples: [3, 4, 5, 6],
  timeDeltas: [5, 40, 20, 30],
  startTime: 0,
  endTime: 100,
};


describe('summarizeCpuProfile', () => {
  it('weighs samples by time and groups self time by package, with V8 buckets apart', () => {
    const summary = summarizeCpuProfile({ profile, root });
    // Weights: stringify 40, request 20, idle 30, gc 30 (the last sample repeats its own delta).
    expect(summary.selfByGroup).toEqual({ 'pdfjs-dist': 33.3, '(idle)': 25, '(garbage collector)': 25, '@prisma/client': 16.7 });
    expect(Object.keys(summary.selfByFunction)[0]).toBe('pdfjs-dist: stringify pdfjs-dist/legacy/build/pdf.mjs:5251');
  });

  it('charges a project function with the time of what it calls, out of busy (non-idle) time', () => {
    const summary = summarizeCpuProfile({ profile, root });
    // handle: stringify 40 + request 20 of busy 40 + 20 + 30 (gc) = 90.
    expect(summary.inclusiveProjectFunctions).toEqual({ 'handle channels/twilio/create-twilio-router.ts:42': 66.7 });
  });
});
