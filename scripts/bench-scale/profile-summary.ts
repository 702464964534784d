import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const ROOT = join(__dirname, '..', '..');

/** Where a frame's code comes from: an npm package, Node itself, or a file of this project. */
function origin(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  if (url.startsWith('node:')) return url.replace(/^node:internal\//, 'node:');
  const packageMatch = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (packageMatch) return packageMatch[1];
  // Compiled project files, wherever the build lives: gateway/src/x.js, services/city/src/…
  const path = url.replace(/^file:\/\//, '');
  const project = /\/dist\/((?:gateway|services|scripts)\/.*)$/.exec(path)?.[1];
  return project ?? relative(ROOT, path);
}

const percent = (part: number, whole: number) => `${((part / whole) * 100).toFixed(1)}%`;

/**
 * What a `--cpu-prof` profile of a process says, in text: where its busy time went, by package (or
 * project file) and by function, self and inclusive. Idle time and start-up (everything under the
 * loading of the main module) are left out, so the shares read as "of the CPU the process used
 * serving requests".
 */
export function summariseProfile(file: string, top = 15): string {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byOrigin = new Map<string, number>();
  const byFunction = new Map<string, number>();
  // Inclusive: a sample's time counted once for every origin on its stack, so "gateway/src/x.js
  // 40%" reads as "40% of the busy time was spent in or under code of that file".
  const inclusive = new Map<string, number>();
  const add = (map: Map<string, number>, key: string, micros: number) =>
    map.set(key, (map.get(key) ?? 0) + micros);
  let total = 0;
  let idle = 0;
  let startUp = 0;
  profile.samples.forEach((id, index) => {
    const micros = profile.timeDeltas[index] ?? 0;
    total += micros;
    const { functionName, url, lineNumber } = nodes.get(id)!.callFrame;
    if (functionName === '(idle)') return void (idle += micros);
    const onStack = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = nodes.get(at)!.callFrame;
      onStack.add(origin(frame.url, frame.functionName));
    }
    if (onStack.has('node:main/run_main_module')) return void (startUp += micros);
    const from = origin(url, functionName);
    add(byOrigin, from, micros);
    add(byFunction, `${functionName || '(anonymous)'} ${from}:${lineNumber + 1}`, micros);
    for (const each of onStack) if (!each.startsWith('(')) add(inclusive, each, micros);
  });
  const busy = total - idle - startUp;
  const list = (entries: Map<string, number>) =>
    [...entries]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(
        ([name, micros]) =>
          `  ${percent(micros, busy).padStart(6)}  ${(micros / 1e6).toFixed(1).padStart(6)} s  ${name}`,
      );
  const seconds = (micros: number) => `${(micros / 1e6).toFixed(1)} s`;
  return [
    `CPU profile ${file}: ${seconds(total)} sampled, ${seconds(startUp)} start-up, busy ${seconds(busy)} after it`,
    'Self time by origin (share of busy time):',
    ...list(byOrigin),
    'Self time by function:',
    ...list(byFunction),
    'Inclusive time by origin (in or under its code):',
    ...list(inclusive),
  ].join('\n');
}

/** The profiles `node --cpu-prof --cpu-prof-dir=<dir>` left in a folder (none if it was never made). */
export function profilesIn(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.cpuprofile'))
    .map((name) => join(dir, name));
}
