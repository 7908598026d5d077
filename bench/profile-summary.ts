import { readFileSync } from 'node:fs';

/**
 * `node dist/bench/profile-summary.js <file.cpuprofile> [top] [skipSeconds]`: the functions with the most
 * self time in a V8 CPU profile (`BENCH_GATEWAY_NODE_OPTIONS=--cpu-prof` on a bench run),
 * by function and file. Counted in samples, not in the time between them: on a busy
 * machine one sample can stand for seconds the process spent descheduled. `skipSeconds`
 * leaves out the start (module loading, schema and planner building) to see the requests.
 */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function summarise(profile: Profile, top: number, skipSeconds: number): string[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  const deltas = [...profile.timeDeltas].sort((a, b) => a - b);
  const interval = deltas[Math.floor(deltas.length / 2)] ?? 0;
  let elapsed = 0;
  profile.samples.forEach((id, i) => {
    elapsed += profile.timeDeltas[i] ?? 0;
    if (elapsed < skipSeconds * 1e6) return;
    const frame = byId.get(id)?.callFrame;
    const micros = interval;
    const file = frame?.url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*\/dist\//, '') ?? '';
    const key = `${frame?.functionName || '(anonymous)'} ${file}${file ? `:${(frame?.lineNumber ?? 0) + 1}` : ''}`;
    self.set(key, (self.get(key) ?? 0) + micros);
  });
  const idle = self.get('(idle) ') ?? 0;
  self.delete('(idle) ');
  const busy = [...self.values()].reduce((a, b) => a + b, 0);
  return [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([key, micros]) => `${((100 * micros) / busy).toFixed(1).padStart(5)}% ${(micros / 1000).toFixed(0).padStart(7)} ms  ${key}`)
    .concat(`busy ${(busy / 1000).toFixed(0)} ms, idle ${(idle / 1000).toFixed(0)} ms (samples × median interval; percentages of busy)`);
}

const [file, top = '30', skip = '0'] = process.argv.slice(2);
if (!file) {
  process.stderr.write('usage: node dist/bench/profile-summary.js <file.cpuprofile> [top] [skipSeconds]\n');
  process.exit(2);
}
process.stdout.write(`${summarise(JSON.parse(readFileSync(file, 'utf8')) as Profile, Number(top), Number(skip)).join('\n')}\n`);
