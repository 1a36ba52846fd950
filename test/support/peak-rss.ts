/** Peak memory of a child Node process, as it saw it itself. */

/** A module to preload (`node --import` it) that writes VmHWM (peak RSS, kB) to stderr as the process exits, however it exits. */
export const PEAK_RSS_REPORTER =
  'data:text/javascript,import { readFileSync } from "node:fs";' +
  'process.on("exit", () => process.stderr.write(`peak-rss-kb ${/VmHWM:\\s+(\\d+)/.exec(readFileSync("/proc/self/status", "utf8"))[1]}\\n`));';

/** The peak RSS a preloaded reporter wrote into `stderr`, and stderr without its line. */
export function peakRssOf(stderr: string): { bytes: number; stderr: string } {
  const peak = /peak-rss-kb (\d+)\n/.exec(stderr);
  if (!peak) throw new Error(`no peak RSS reported: ${stderr}`);
  return { bytes: Number(peak[1]) * 1024, stderr: stderr.replace(peak[0], '') };
}
