import { createRequire as __tuskCreateRequire } from 'node:module'; const require = __tuskCreateRequire(import.meta.url);
import {
  GoFileReader,
  MAX_GO_MOD_BYTES,
  SourceError,
  StatsBuilder,
  canonicalName,
  fileRole,
  successRecord,
  tarballStats
} from "./chunk-KIWO3IF5.js";

// src/stats/directory-stats.ts
import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
async function* regularFiles(root, components = []) {
  const entries = await readdir(join(root, ...components), { withFileTypes: true });
  entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  for (const entry of entries) {
    const path = [...components, entry.name];
    if (entry.isDirectory()) {
      if (fileRole([...path, "x.go"]) !== "ignored") yield* regularFiles(root, path);
    } else if (entry.isFile()) {
      yield path;
    }
  }
}
async function directoryStats(root, repo) {
  const builder = new StatsBuilder();
  for await (const components of regularFiles(root)) {
    const role = fileRole(components);
    if (role === "ignored") continue;
    const path = join(root, ...components);
    if (role === "go.mod") {
      if ((await stat(path)).size <= MAX_GO_MOD_BYTES) builder.addGoMod(await readFile(path, "utf8"));
    } else {
      const content = await readFile(path);
      const { lines, scan } = GoFileReader.read(content);
      builder.addGoFile(lines, scan);
    }
  }
  return builder.finish(repo);
}

// src/stats/local-source.ts
import { createReadStream } from "node:fs";
import { stat as stat2 } from "node:fs/promises";
import { basename, dirname, resolve } from "node:path";
function commitOfTopFolder(topFolder) {
  const match = topFolder ? /-([0-9a-f]{7,40})$/.exec(topFolder) : null;
  return match ? match[1] : null;
}
function withoutTarballExtension(name) {
  return name.replace(/\.(tar\.gz|tgz)$/i, "");
}
function parseSourceArgument(argument) {
  const eq = argument.indexOf("=");
  if (eq !== -1) {
    const name = argument.slice(0, eq);
    const repo2 = canonicalName(name);
    if (!repo2) throw new SourceError(`${argument}: "${name}" is not a repository name (owner/repo)`);
    return { repo: repo2, path: argument.slice(eq + 1) };
  }
  const full = resolve(argument);
  const repo = canonicalName(`${basename(dirname(full))}/${withoutTarballExtension(basename(full))}`);
  if (!repo) throw new SourceError(`${argument}: cannot name a repository after this path; write owner/repo=${argument}`);
  return { repo, path: argument };
}
async function readDirectory(source) {
  try {
    return await directoryStats(source.path, source.repo);
  } catch (error) {
    throw new SourceError(`${source.path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
async function localSourceRecord(source) {
  let info;
  try {
    info = await stat2(source.path);
  } catch (error) {
    const { code, message } = error;
    throw new SourceError(`${source.path}: ${code === "ENOENT" ? "no such file or directory" : message}`);
  }
  if (info.isDirectory()) return successRecord(source.repo, null, await readDirectory(source));
  if (info.size === 0) throw new SourceError(`${source.path}: empty file, not a tarball`);
  const { stats, topFolder } = await tarballStats(
    createReadStream(source.path, { highWaterMark: 1 << 20 }),
    source.repo,
    source.path
  );
  return successRecord(source.repo, commitOfTopFolder(topFolder), stats);
}

export {
  directoryStats,
  parseSourceArgument,
  localSourceRecord
};
