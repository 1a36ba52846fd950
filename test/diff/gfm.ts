/** GitHub's markdown renderer (cmark-gfm), and just enough HTML reading to check what it made. */
import { spawnSyncThroughHelper } from '../support/spawner.js';

/**
 * Renders like GitHub, but with raw HTML let through unfiltered: escaping must hold without the tag
 * filter. From the spawner's helper: the property tests render a few hundred times.
 */
export function gfm(markdown: string): string {
  const args = ['-e', 'table', '-e', 'autolink', '-e', 'strikethrough', '--unsafe'];
  const result = spawnSyncThroughHelper('cmark-gfm', args, { PATH: process.env.PATH ?? '' }, markdown);
  if (result.exitCode !== 0) throw new Error(`cmark-gfm failed: ${result.stderr}`);
  return result.stdout.toString('utf8');
}

/** The inner HTML of every `<tag>` element (elements of that tag must not nest, as td, li and code do not). */
export function inner(html: string, tag: string): string[] {
  return [...html.matchAll(new RegExp(`<${tag}(?: [^>]*)?>([^]*?)</${tag}>`, 'g'))].map((m) => m[1]!);
}

export function count(html: string, pattern: RegExp): number {
  return html.match(new RegExp(pattern.source, 'g'))?.length ?? 0;
}

/** Text content: tags dropped, entities decoded, the word joiners the escaping inserts removed. */
export function text(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity, name: string) => {
      if (name[0] === '#') return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10));
      const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
      if (!(name in named)) throw new Error(`unexpected entity ${entity}`);
      return named[name]!;
    })
    .replace(/\u2060/g, '');
}
