import path from 'node:path';

interface CallFrame {
  url: string;
  functionName: string;
  lineNumber: number;
}

export interface CpuProfile {
  nodes: { id: number; callFrame: CallFrame; children?: number[] }[];
  samples?: number[];
  timeDeltas?: number[];
  startTime: number;
  endTime: number;
}

export interface CpuProfileSummary {
  sampledMs: number;
  /** Self time per package (node_modules name), project folder, node:internal or V8 bucket ((garbage collector), (idle)…), % of samples. */
  selfByGroup: Record<string, number>;
  /** Self time per function, % of samples. */
  selfByFunction: Record<string, number>;
  /** Time spent in a project function or anything it calls, % of busy (non-idle) samples: the hot path reads top-down. */
  inclusiveProjectFunctions: Record<string, number>;
}

export interface SummarizeCpuProfileOptions {
  profile: CpuProfile;
  /** The project root, to name project files relative to it. */
  root: string;
  top?: number;
}

function groupOf(frame: CallFrame, root: string): string {
  const { url, functionName } = frame;
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const modules = url.split('node_modules/');
  if (modules.length > 1) {
    const rest = modules.at(-1)!;
    return rest.split('/').slice(0, rest.startsWith('@') ? 2 : 1).join('/');
  }
  if (url.startsWith('node:')) return 'node:internal';
  return path.relative(root, url.replace(/^file:\/\//, '')).split(path.sep)[0] ?? url;
}

function nameOf(frame: CallFrame, root: string): string {
  const file = frame.url.includes('node_modules/') ? frame.url.split('node_modules/').at(-1)! : frame.url.startsWith('file://') ? path.relative(root, frame.url.slice(7)) : frame.url;
  return `${frame.functionName || '(anonymous)'} ${file ? `${file}:${frame.lineNumber + 1}` : ''}`.trim();
}

/** Where a `node --cpu-prof` profile spent its time: self time by package and function, inclusive time of project functions. */
export function summarizeCpuProfile({ profile, root, top = 20 }: SummarizeCpuProfileOptions): CpuProfileSummary {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? samples.map(() => 1);
  const self = new Map<string, number>();
  const selfFn = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let total = 0;
  let busy = 0;
  samples.forEach((id, i) => {
    // A sample's time is the delta to the next sample.
    const weight = Math.max(0, deltas[i + 1] ?? deltas[i] ?? 0);
    const frame = byId.get(id)!.callFrame;
    total += weight;
    const group = groupOf(frame, root);
    self.set(group, (self.get(group) ?? 0) + weight);
    const fn = `${group}: ${nameOf(frame, root)}`;
    selfFn.set(fn, (selfFn.get(fn) ?? 0) + weight);
    if (group === '(idle)' || group === '(program)') return;
    busy += weight;
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const atFrame = byId.get(at)!.callFrame;
      const atGroup = groupOf(atFrame, root);
      if (!atFrame.url || atFrame.url.includes('node_modules/') || atGroup === 'node:internal' || atGroup.startsWith('(')) continue;
      const name = nameOf(atFrame, root);
      if (seen.has(name)) continue;
      seen.add(name);
      inclusive.set(name, (inclusive.get(name) ?? 0) + weight);
    }
  });
  const percent = (map: Map<string, number>, of: number) =>
    Object.fromEntries([...map].sort((a, b) => b[1] - a[1]).slice(0, top).map(([key, value]) => [key, Math.round((value / Math.max(of, 1)) * 1000) / 10]));
  return { sampledMs: Math.round(total / 1000), selfByGroup: percent(self, total), selfByFunction: percent(selfFn, total), inclusiveProjectFunctions: percent(inclusive, busy) };
}
