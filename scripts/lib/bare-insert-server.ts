/**
 * The floor the ingest benchmark compares against: a minimal node:http server
 * that does one INSERT per request on the same PostgreSQL database (pg, pool
 * of 10, like the service's Prisma adapter) and answers 200. No framework, no
 * signature check, no ORM: what one acknowledged write costs on this machine.
 *
 *   DATABASE_URL=… PORT=… node --import tsx scripts/lib/bare-insert-server.ts
 */
import http from 'node:http';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
pool.on('error', () => {});
await pool.query('CREATE TABLE IF NOT EXISTS bench_bare (id bigserial PRIMARY KEY, sid text NOT NULL UNIQUE, body text NOT NULL, created_at timestamptz NOT NULL DEFAULT now())');
let inserted = 0;

const server = http.createServer((request, response) => {
  if (request.method === 'GET') {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ ok: true, inserted }));
    return;
  }
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    const body = Buffer.concat(chunks).toString('utf8');
    // The same uniqueness the service enforces on MessageSid, on a key the loader makes distinct.
    const sid = new URLSearchParams(body).get('MessageSid') ?? `${process.hrtime.bigint()}`;
    pool.query('INSERT INTO bench_bare (sid, body) VALUES ($1, $2) ON CONFLICT (sid) DO NOTHING', [sid, body]).then(
      () => {
        inserted += 1;
        response.writeHead(200, { 'content-type': 'text/xml' });
        response.end('<?xml version="1.0" encoding="UTF-8"?><Response></Response>');
      },
      () => {
        response.writeHead(503);
        response.end();
      },
    );
  });
});
server.keepAliveTimeout = 60_000;
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1');
process.on('SIGTERM', () => server.close(() => void pool.end().then(() => process.exit(0))));
