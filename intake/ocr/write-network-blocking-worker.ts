import { mkdtemp, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * Test support. tesseract.js runs in a worker thread, where a spy in the test's
 * thread would see nothing: this writes a wrapper of its worker script that
 * makes fetch and every socket connection throw inside that thread.
 */
export async function writeNetworkBlockingWorker({ directory }: { directory?: string } = {}): Promise<string> {
  const require = createRequire(import.meta.url);
  const realWorker = join(dirname(require.resolve('tesseract.js')), 'worker-script', 'node', 'index.js');
  const path = join(directory ?? (await mkdtemp(join(tmpdir(), 'tess-worker-'))), 'network-blocking-worker.cjs');
  await writeFile(
    path,
    [
      "const net = require('node:net');",
      "const blocked = () => { throw new Error('network disabled in this test'); };",
      'globalThis.fetch = blocked;',
      'net.Socket.prototype.connect = blocked;',
      `require(${JSON.stringify(realWorker)});`,
    ].join('\n'),
  );
  return path;
}
