import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

let ticksPerSecond: number | undefined;

/** CPU time of the child processes that have ended (Linux: cutime + cstime of /proc/self/stat), or null. */
function childrenCpuMs(): number | null {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
    ticksPerSecond ??= Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;
    return ((Number(fields[13]) + Number(fields[14])) * 1_000) / ticksPerSecond;
  } catch {
    return null;
  }
}

/** CPU used so far by this process and by its ended children (the action runs, git), in ms; null off Linux. */
export function cpuSoFarMs(): number | null {
  const children = childrenCpuMs();
  if (children === null) return null;
  const self = process.cpuUsage();
  return (self.user + self.system) / 1_000 + children;
}
