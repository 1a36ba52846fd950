/**
 * The Nodes Tusk runs on, beside the Node at hand: the one GitHub runs the action on (action.yml's
 * `runs.using`, node24 names 24), and the oldest one package.json's `engines` admits, where the CLI
 * and the library must still work. Tests run the bundles on them and the bench times the CLI on the
 * first. When the Node at hand is another major, that Node is fetched once from the npm registry,
 * which ships each release as the package node-PLATFORM-ARCH, into node_modules/.cache/.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** The Node major that action.yml's `runs.using` names (`node24` → 24). */
export function actionNodeMajor(actionYml) {
  const using = /^\s*using:\s*['"]?node(\d+)['"]?\s*$/m.exec(actionYml);
  if (!using) throw new Error('action.yml names no `runs.using: nodeNN`');
  return Number(using[1]);
}

/** The oldest Node major that an `engines.node` range admits (`^22 || ^24 || >=26` → 22). */
export function oldestSupportedMajor(range) {
  const alternatives = range.split('||').map((alternative) => /^\s*(?:\^|~|>=)?\s*v?(\d+)(?:\.(?:\d+|x|\*)){0,2}\s*$/.exec(alternative));
  if (alternatives.some((match) => match === null)) throw new Error(`engines.node ${JSON.stringify(range)}: expected alternatives such as ^22 or >=26`);
  return Math.min(...alternatives.map((match) => Number(match[1])));
}

function run(command, args, cwd) {
  return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

/** Nodes found, by root and major: a process asks for one many times (every action run of the tests). */
const found = new Map();

/** The path and version of Node `major`: the Node at hand if it is that major, else fetched once. `log` hears of a fetch. */
export function nodeOfMajor(root, major, log = () => {}) {
  if (process.versions.node.split('.')[0] === String(major)) return { path: process.execPath, version: process.version };
  const key = `${root}\0${major}`;
  if (!found.has(key)) found.set(key, fetchedNode(root, major, log));
  return found.get(key);
}

function fetchedNode(root, major, log) {
  const dir = join(root, 'node_modules', '.cache', `tusk-node${major}`);
  const path = join(dir, 'package', 'bin', 'node');
  if (!existsSync(path)) {
    const spec = `node-${process.platform}-${process.arch}@${major}`;
    log(`fetching Node ${major} from the npm registry (${spec}), once`);
    // Unpacked aside and renamed into place: a fetch cut short leaves no half a Node behind.
    const partial = `${dir}.partial-${process.pid}`;
    rmSync(partial, { recursive: true, force: true });
    mkdirSync(partial, { recursive: true });
    run('npm', ['pack', spec, '--pack-destination', partial, '--silent'], partial);
    const packed = readdirSync(partial).find((file) => file.endsWith('.tgz'));
    if (!packed) throw new Error(`npm pack ${spec} left no package in ${partial}`);
    run('tar', ['xzf', packed], partial);
    rmSync(join(partial, packed));
    rmSync(dir, { recursive: true, force: true });
    renameSync(partial, dir);
  }
  const version = run(path, ['--version']);
  if (!version.startsWith(`v${major}.`)) throw new Error(`${path} is Node ${version}, not ${major}`);
  return { path, version };
}

/** The path and version of the Node that `root`/action.yml names. */
export function actionNode(root, log = () => {}) {
  return nodeOfMajor(root, actionNodeMajor(readFileSync(join(root, 'action.yml'), 'utf8')), log);
}

/** The path and version of the oldest Node that `root`/package.json's `engines.node` admits. */
export function oldestSupportedNode(root, log = () => {}) {
  const { engines } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  if (typeof engines?.node !== 'string') throw new Error('package.json names no engines.node');
  return nodeOfMajor(root, oldestSupportedMajor(engines.node), log);
}
