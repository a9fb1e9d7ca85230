import { defineConfig } from 'prisma/config';

// The CLI reads the connection from here (migrate deploy in production);
// the service itself connects through a driver adapter (bot/db/create-prisma-client.ts).
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/ticket911' },
});
