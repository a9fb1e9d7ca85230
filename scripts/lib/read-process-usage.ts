import { readFile } from 'node:fs/promises';

/** Peak resident memory (VmHWM) and CPU time (user + system) of a live process, from /proc. */
export async function readProcessUsage(pid: number): Promise<{ peakRssMb: number; cpuSeconds: number } | null> {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    const hwmKb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
    // Fields after the command name (which may contain spaces): utime is the 14th field, stime the 15th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return { peakRssMb: Math.round(hwmKb / 102.4) / 10, cpuSeconds: Math.round((ticks / 100) * 10) / 10 };
  } catch {
    return null;
  }
}
