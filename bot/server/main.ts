import { ConfigError, loadConfig } from '../config/load-config.js';
import { createLogger } from '../logging/create-logger.js';
import { createApp } from './create-app.js';

async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
  const logger = createLogger({ level: config.log.level });
  const app = await createApp({ config, logger });
  const server = await app.start();
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.server.port;
  logger.info({ port }, `Ticket911 Assistant listening on ${config.server.publicBaseUrl} (port ${port})`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 15_000);
    force.unref();
    await app.stop();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error) => {
  console.error('Ticket911 Assistant failed to start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
