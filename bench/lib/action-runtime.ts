import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchContext } from './context.js';
import { runTimed } from './processes.js';

export interface NodeBinary {
  path: string;
  /** `process.version` of that Node, e.g. v24.11.0. */
  version: string;
}

/** The Node major that action.yml's `runs.using` names (`node24` → 24). */
export function actionNodeMajor(actionYml: string): number {
  const using = /^\s*using:\s*['"]?node(\d+)['"]?\s*$/m.exec(actionYml);
  if (!using) throw new Error('action.yml names no `runs.using: nodeNN`');
  return Number(using[1]);
}

/**
 * The Node GitHub runs the action on, to time the CLI under it beside the Node running the
 * bench: that Node itself when the majors match, else fetched once into .bench/ from the npm
 * registry, which ships each Node release as the package node-PLATFORM-ARCH.
 */
export async function actionRuntimeNode(context: BenchContext): Promise<NodeBinary> {
  const major = actionNodeMajor(readFileSync(join(context.root, 'action.yml'), 'utf8'));
  if (process.versions.node.split('.')[0] === String(major)) return { path: process.execPath, version: process.version };
  const dir = join(context.benchDir, `node${major}`);
  const path = join(dir, 'package', 'bin', 'node');
  if (!existsSync(path)) {
    const spec = `node-${process.platform}-${process.arch}@${major}`;
    context.log(`fetching Node ${major} from the npm registry (${spec}), once`);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    await runTimed('npm', ['pack', spec, '--pack-destination', dir, '--silent']);
    const packed = readdirSync(dir).find((file) => file.endsWith('.tgz'));
    if (!packed) throw new Error(`npm pack ${spec} left no package in ${dir}`);
    await runTimed('tar', ['xzf', packed], { cwd: dir });
    rmSync(join(dir, packed));
  }
  const version = (await runTimed(path, ['--version'])).stdout.trim();
  if (!version.startsWith(`v${major}.`)) throw new Error(`${path} is Node ${version}, not ${major}`);
  return { path, version };
}
