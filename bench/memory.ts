/** Resident memory of a process and its descendants (from /proc), and the size of a directory on disk. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** VmRSS in bytes, or 0 once the process is gone. */
export function rssOf(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
    return kb ? Number(kb) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Direct children of a process (the embedded engine runs as the server's child). */
export function childrenOf(pid: number): number[] {
  const children: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The command name may hold spaces: the parent pid is the second field after ")".
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (parent === pid) children.push(Number(entry));
    } catch {
      // the process ended while we looked
    }
  }
  return children;
}

export type MemorySample = { server: number; children: number };

export function sampleMemory(pid: number): MemorySample {
  return { server: rssOf(pid), children: childrenOf(pid).reduce((sum, child) => sum + rssOf(child), 0) };
}

/** Samples every 100 ms until stopped; returns the peaks. */
export function watchMemory(pid: number) {
  const peak: MemorySample = sampleMemory(pid);
  const timer = setInterval(() => {
    const now = sampleMemory(pid);
    peak.server = Math.max(peak.server, now.server);
    peak.children = Math.max(peak.children, now.children);
  }, 100);
  return () => {
    clearInterval(timer);
    return peak;
  };
}

export function directorySize(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) total += directorySize(full);
    else if (entry.isFile()) total += statSync(full).size;
  }
  return total;
}

export const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
