/**
 * Runs a build as a child process and measures it: wall time, and peak memory as the largest sum
 * of the resident memory of the whole process tree (Node and the Pagefind binary it starts),
 * sampled from /proc every 100 ms. Linux only, like the machines the benchmark runs on.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface BuildMeasure {
  seconds: number;
  peakMemoryMB: number;
  ok: boolean;
  /** The build's output (its last 200 000 characters). */
  output: string;
}

function parentOf(pid: string): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1];
  } catch {
    return undefined;
  }
}

function residentKB(pid: string): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

/** Resident memory of `root` and all its descendants, in KB. */
export function treeResidentKB(root: number): number {
  const children = new Map<string, string[]>();
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    const parent = parentOf(pid);
    if (parent) children.set(parent, [...(children.get(parent) ?? []), pid]);
  }
  let total = 0;
  const stack = [String(root)];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    total += residentKB(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

export function measureBuild(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<BuildMeasure> {
  return new Promise((resolve) => {
    const start = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-200_000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    let peak = 0;
    const sampler = setInterval(() => {
      if (child.pid) peak = Math.max(peak, treeResidentKB(child.pid));
    }, 100);
    child.on('close', (code) => {
      clearInterval(sampler);
      resolve({ seconds: (performance.now() - start) / 1000, peakMemoryMB: Math.round(peak / 1024), ok: code === 0, output });
    });
  });
}
