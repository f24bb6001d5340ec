import { readFileSync } from 'node:fs';

/**
 * A process's resident memory in MB from /proc/<pid>/status: `VmRSS` now, or `VmHWM`, the most
 * it has held since it started. Null when the process is gone or /proc is not there.
 */
export function residentMb(pid: number | undefined, which: 'now' | 'peak' = 'now'): number | null {
  if (pid === undefined) return null;
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = status.match(which === 'now' ? /^VmRSS:\s+(\d+) kB/m : /^VmHWM:\s+(\d+) kB/m);
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** The sum over processes (the api and its workers); null when any is unreadable. */
export function residentMbOf(
  pids: (number | undefined)[],
  which: 'now' | 'peak' = 'now',
): number | null {
  let total = 0;
  for (const pid of pids) {
    const mb = residentMb(pid, which);
    if (mb === null) return null;
    total += mb;
  }
  return total;
}
