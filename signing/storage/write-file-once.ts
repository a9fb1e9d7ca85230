import { randomUUID } from 'node:crypto';
import { link, open, unlink } from 'node:fs/promises';
import path from 'node:path';

/**
 * Creates `file` with exactly `bytes`, or returns false when it already exists
 * (whoever created it first wins; nothing is overwritten). The bytes go to a
 * temporary file in the same directory, are fsynced, and only then get their
 * final name, so a crash never leaves half a file under that name.
 *
 * `link` rather than `rename`: both are atomic, but rename silently replaces
 * an existing file, so two concurrent writers of one key would both "win".
 * link fails with EEXIST instead.
 */
export async function writeFileOnce({ file, bytes, mode }: { file: string; bytes: Uint8Array; mode: number }): Promise<boolean> {
  const directory = path.dirname(file);
  // A dot-name: document keys cannot start with a dot, so this never collides with one.
  const temporary = path.join(directory, `.tmp-${randomUUID()}`);
  let created = false;
  try {
    const handle = await open(temporary, 'wx', mode);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    created = await link(temporary, file).then(
      () => true,
      (error: unknown) => {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
        throw error;
      },
    );
  } finally {
    // The document is safe under its final name (or was never written); a
    // temporary file that cannot be removed is litter, not a failed write.
    await unlink(temporary).catch(() => {});
  }
  if (created) await syncDirectory(directory);
  return created;
}

/** Makes the new directory entry itself survive a power cut, not just the file's data. */
async function syncDirectory(directory: string): Promise<void> {
  const handle = await open(directory, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
