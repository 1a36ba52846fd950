import { availableParallelism, cpus, loadavg, totalmem, type as osType, release } from 'node:os';
import { megabytes } from './format.js';

/** One line on the machine the figures come from; absolute times mean little without it. */
export function machineLine(): string {
  const model = cpus()[0]?.model.replace(/\s+/g, ' ').trim() ?? 'unknown CPU';
  const load = loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
  return `${availableParallelism()} cores (${model}), ${megabytes(totalmem())} RAM, Node ${process.version}, ${osType()} ${release()}, load average at start ${load}`;
}
