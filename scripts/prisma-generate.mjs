// Generates the Prisma client (prisma/generated). `prisma generate` needs no
// database and no schema engine, but the CLI insists the engine binary exists:
// where it cannot be downloaded (offline machines, CI here) point it at a
// placeholder. Real migrations in production use `prisma migrate deploy` with
// the engine the CLI downloads there.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const env = { ...process.env };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY) {
  const placeholder = path.resolve('node_modules/.cache/ticket911/schema-engine-placeholder');
  if (!existsSync(placeholder)) {
    mkdirSync(path.dirname(placeholder), { recursive: true });
    writeFileSync(placeholder, '');
  }
  env.PRISMA_SCHEMA_ENGINE_BINARY = placeholder;
}
env.PRISMA_HIDE_UPDATE_MESSAGE = '1';
const result = spawnSync(process.execPath, ['node_modules/prisma/build/index.js', 'generate'], { stdio: 'inherit', env });
process.exit(result.status ?? 1);
