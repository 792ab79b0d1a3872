// Summarizes a V8 .cpuprofile (from `node --cpu-prof`): where the CPU time went, by package and by
// function, self and inclusive, leaving out start-up (module loading) and idle time.
// `pnpm --filter @roster/bench exec tsx src/profile.ts <file.cpuprofile>` prints it.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** `@mikro-orm/core`, `@roster/api`, `node:internal`, `(garbage collector)`… for a call frame. */
export function packageOf({ url, functionName }: CallFrame): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  if (url.startsWith('node:')) return 'node:internal';
  const modules = url.split('/node_modules/');
  if (modules.length > 1) {
    const rest = modules.at(-1)!.split('/');
    return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  const workspace = /\/(apps|packages)\/([^/]+)\//.exec(url);
  return workspace ? `@roster/${workspace[2]}` : url;
}

function describe(frame: CallFrame): string {
  const where = frame.url.replace(/^.*\/node_modules\//, '').replace(/^.*\/(apps|packages)\//, '$1/');
  return `${frame.functionName || '(anonymous)'}${where ? `  ${where}:${frame.lineNumber + 1}` : ''}`;
}

/** Loading modules (Node's loaders, tsx compiling TypeScript): start-up, not request handling. */
const isStartup = (frame: CallFrame) =>
  /node:internal\/modules\/|\/tsx\/dist\//.test(frame.url) ||
  frame.functionName === 'compileSourceTextModule';

export interface Share {
  name: string;
  ms: number;
  share: number;
}
export interface ProfileSummary {
  busyMs: number;
  startupMs: number;
  idleMs: number;
  selfByPackage: Share[];
  inclusiveByPackage: Share[];
  selfByFunction: Share[];
  inclusiveByFunction: Share[];
}

export function summarizeProfile(file: string, top = 25): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);

  let busy = 0;
  let startup = 0;
  let idle = 0;
  const tallies = {
    selfPkg: new Map<string, number>(),
    inclPkg: new Map<string, number>(),
    selfFn: new Map<string, number>(),
    inclFn: new Map<string, number>(),
  };
  const add = (map: Map<string, number>, key: string, us: number) => map.set(key, (map.get(key) ?? 0) + us);

  profile.samples.forEach((id, i) => {
    const us = profile.timeDeltas[i] ?? 0;
    const stack: CallFrame[] = [];
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur))
      stack.push(byId.get(cur)!.callFrame);
    if (stack[0]!.functionName === '(idle)') return void (idle += us);
    if (stack.some(isStartup)) return void (startup += us);
    busy += us;
    add(tallies.selfPkg, packageOf(stack[0]!), us);
    add(tallies.selfFn, describe(stack[0]!), us);
    for (const name of new Set(stack.map(packageOf))) add(tallies.inclPkg, name, us);
    for (const name of new Set(stack.map(describe))) add(tallies.inclFn, name, us);
  });

  const rank = (map: Map<string, number>, skip: RegExp = /^$/) =>
    [...map]
      .filter(([name]) => !skip.test(name))
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => ({ name, ms: us / 1000, share: us / (busy || 1) }));
  // Frames every request passes through (the event loop, microtasks) say nothing: leave them out.
  const plumbing = /^\(root\)|^processTicksAndRejections|^runMicrotasks|^node:internal$|^\(native\)$/;
  return {
    busyMs: busy / 1000,
    startupMs: startup / 1000,
    idleMs: idle / 1000,
    selfByPackage: rank(tallies.selfPkg),
    inclusiveByPackage: rank(tallies.inclPkg, plumbing),
    selfByFunction: rank(tallies.selfFn),
    inclusiveByFunction: rank(tallies.inclFn, plumbing),
  };
}

export function printProfileSummary(summary: ProfileSummary): void {
  const pct = (s: number) => `${(s * 100).toFixed(1).padStart(5)}%`;
  const list = (title: string, shares: Share[]) => {
    console.log(`\n${title}:`);
    for (const s of shares) console.log(`  ${pct(s.share)}  ${s.name}`);
  };
  console.log(
    `\nCPU profile of the Roster API: ${summary.busyMs.toFixed(0)} ms handling requests ` +
      `(plus ${summary.startupMs.toFixed(0)} ms start-up, ${summary.idleMs.toFixed(0)} ms idle); shares of the former`,
  );
  list('Inclusive time by package', summary.inclusiveByPackage);
  list('Self time by package', summary.selfByPackage);
  list('Inclusive time by function', summary.inclusiveByFunction);
  list('Self time by function', summary.selfByFunction);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: tsx src/profile.ts <file.cpuprofile>');
    process.exit(2);
  }
  printProfileSummary(summarizeProfile(file, 40));
}
