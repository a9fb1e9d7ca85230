#!/usr/bin/env node
// The CLI is TypeScript, like the service: tsx (a dependency) loads it without a build step.
import { register } from 'tsx/esm/api';

register();
const args = process.argv.slice(2);
// `ticket911 staff …` manages staff members on the service's database; the rest is the ticket analyser.
const main = args[0] === 'staff' ? (await import('../cli/staff-main.ts')).staffMain : (await import('../cli/main.ts')).main;
process.exitCode = await main(args[0] === 'staff' ? args.slice(1) : args);
