import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** Kernel clock ticks per second, the unit of utime/stime in /proc/<pid>/stat. */
const CLOCK_TICKS = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/**
 * CPU seconds (user + system) a process has used so far, from /proc/<pid>/stat; null when the
 * process is gone or /proc is not there (non-Linux).
 */
export function cpuSeconds(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may contain spaces; fields after its closing paren are fixed.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of the whole line, i.e. 11 and 12 after the paren.
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return null;
  }
}

/**
 * Measures the CPU that groups of processes use while `during` runs, as % of one core per group
 * (a group of 2 busy processes on 2 cores shows 200). NaN when a process vanished meanwhile.
 */
export async function cpuPercentDuring(
  groups: (number | undefined)[][],
  during: () => Promise<void>,
): Promise<number[]> {
  const before = groups.map((pids) => pids.map(cpuSeconds));
  const started = performance.now();
  await during();
  const elapsedSeconds = (performance.now() - started) / 1000;
  return groups.map((pids, g) => {
    if (!pids.length) return Number.NaN;
    let used = 0;
    for (let i = 0; i < pids.length; i++) {
      const [b, a] = [before[g][i], cpuSeconds(pids[i])];
      if (a === null || b === null) return Number.NaN;
      used += a - b;
    }
    return (used / elapsedSeconds) * 100;
  });
}

/** Jiffies of the whole machine from /proc/stat: busy (not idle, not iowait) and total. */
function machineJiffies(): { busy: number; total: number } | null {
  try {
    const cpu = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1);
    const values = cpu.map(Number);
    const total = values.reduce((a, b) => a + b, 0);
    // Fields: user nice system idle iowait irq softirq steal …
    return { busy: total - values[3] - values[4], total };
  } catch {
    return null;
  }
}

/**
 * Share of the whole machine (all cores, 100 = every core busy) in use while `during` runs:
 * tells whether a figure was limited by the box (server, PostgreSQL and load generator share it)
 * or by something Fluxo waits on.
 */
export async function machineBusyPercentDuring(during: () => Promise<void>): Promise<number> {
  const before = machineJiffies();
  await during();
  const after = machineJiffies();
  if (!before || !after || after.total === before.total) return Number.NaN;
  return ((after.busy - before.busy) / (after.total - before.total)) * 100;
}
