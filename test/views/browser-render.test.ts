/**
 * What a person sees: the data branch's README as GitHub's renderer (cmark-gfm) makes it, with the
 * chart beside it, and the bot's Mermaid charts drawn by the mermaid package, in headless Chromium.
 * The mermaid package is 10.9, the oldest line GitHub may ship that knows xychart-beta.
 */
import { spawnSync } from 'node:child_process';
import { readFile, mkdir, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { DataStore } from '../../src/store/data-store.js';
import { LocalGitBackend } from '../../src/store/local-git-backend.js';
import { renderTrendMarkdown } from '../../src/views/trend-markdown.js';
import { git, initRepo } from '../support/git-fixtures.js';
import { tempDir } from '../support/temp-dir.js';
import { history } from './fixtures.js';
import { VERSIONS, writeVersions } from './known-history.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const MERMAID = join(ROOT, 'node_modules', 'mermaid', 'dist', 'mermaid.min.js');
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.svg': 'image/svg+xml', '.js': 'text/javascript; charset=utf-8' };

/** Markdown as GitHub renders it: its extensions, and code blocks as `<pre lang>`. */
function githubHtml(markdown: string): string {
  const result = spawnSync('cmark-gfm', ['-e', 'table', '-e', 'autolink', '-e', 'strikethrough', '--github-pre-lang'], { input: markdown, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`cmark-gfm failed: ${result.stderr}`);
  return result.stdout;
}

function page(body: string, script = ''): string {
  return `<!doctype html><html><head><meta charset="utf-8"><style>body{font-family:sans-serif;max-width:880px;margin:16px}</style></head><body>${body}${script}</body></html>`;
}

/** Serves `dir` on a loopback port, and the mermaid package at /mermaid.min.js. */
async function serve(dir: string): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    const path = request.url === '/mermaid.min.js' ? MERMAID : join(dir, normalize(decodeURIComponent(new URL(request.url!, 'http://x').pathname)));
    readFile(path).then(
      (body) => response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body),
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return { server, url: `http://127.0.0.1:${address.port}` };
}

/**
 * Code run in the page. Written as JavaScript text: the tests' TypeScript knows no DOM.
 * COUNT_PIXELS: pixels of a PNG (a data URL) that are not near white, and those near a color.
 */
const COUNT_PIXELS = `async ({ dataUrl, color }) => {
  const image = new Image();
  image.src = dataUrl;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = image.width;
  canvas.height = image.height;
  const context = canvas.getContext('2d');
  context.drawImage(image, 0, 0);
  const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16));
  let inked = 0;
  let colored = 0;
  for (let i = 0; i < data.length; i += 4) {
    if (data[i] < 230 || data[i + 1] < 230 || data[i + 2] < 230) inked++;
    if (Math.abs(data[i] - r) + Math.abs(data[i + 1] - g) + Math.abs(data[i + 2] - b) < 40) colored++;
  }
  return { inked, colored, total: data.length / 4 };
}`;

/** The README's image, once loaded. */
const README_IMAGE = `async () => {
  const img = document.querySelector('img');
  await img.decode();
  return { src: img.getAttribute('src'), width: img.naturalWidth, height: img.naturalHeight };
}`;

/** Each panel of the chart: its points, whether each is drawn inside the chart, and whether its line has a length. */
const CHART_PANELS = `() => ['repositories', 'lines', 'deps'].map((key) => {
  const panel = document.querySelector('g.panel.' + key);
  const points = [...panel.querySelectorAll('circle')].map((circle) => circle.getBoundingClientRect());
  return { points: points.length, visible: points.every((box) => box.width > 0 && box.right <= 800), line: panel.querySelector('polyline').getTotalLength() > 0 };
})`;

/** Each Mermaid chart drawn: its kind, title, points on its line and x-axis labels. */
const MERMAID_CHARTS = `() => [...document.querySelectorAll('div.mermaid svg')].map((svg) => ({
  kind: svg.getAttribute('aria-roledescription'),
  title: svg.querySelector('.chart-title text')?.textContent,
  points: (svg.querySelector('[class^="line-plot"] path')?.getAttribute('d')?.match(/[ML]/g) ?? []).length,
  labels: [...svg.querySelectorAll('.bottom-axis .label text')].map((text) => text.textContent),
}))`;

function inPage<T>(page: Page, code: string, argument?: unknown): Promise<T> {
  return page.evaluate(`(${code})(${argument === undefined ? '' : JSON.stringify(argument)})`) as Promise<T>;
}

interface Pixels {
  inked: number;
  colored: number;
  total: number;
}

/** Pixels of a screenshot that are not near white, and those near `color` (#rrggbb), counted in the page. */
function pixels(page: Page, png: Buffer, color: string): Promise<Pixels> {
  return inPage<Pixels>(page, COUNT_PIXELS, { dataUrl: `data:image/png;base64,${png.toString('base64')}`, color });
}

describe('rendered in a browser', () => {
  let dir: ReturnType<typeof tempDir>;
  let server: Server;
  let url: string;
  let browser: Browser;

  beforeAll(async () => {
    dir = tempDir();
    const repo = join(dir.path, 'repo');
    await mkdir(repo);
    initRepo(repo, { 'projects.txt': 'a/one\n' });
    const backend = new LocalGitBackend(repo);
    await writeVersions(() => new DataStore(backend, 'tusk/main', () => {}, { sourceBranch: 'main' }), backend);
    const site = join(dir.path, 'site');
    await mkdir(join(site, 'stats'), { recursive: true });
    await writeFile(join(site, 'stats', 'totals.svg'), git(repo, 'show', 'tusk/main:stats/totals.svg'));
    await writeFile(join(site, 'readme.html'), page(githubHtml(git(repo, 'show', 'tusk/main:README.md'))));
    const trend = renderTrendMarkdown({ branch: 'tusk/main', history: history(12), proposed: { repositories: 14, deps: 130, lines: 1500 } })!;
    // As GitHub does: each mermaid block drawn in its place.
    const draw = `<script src="/mermaid.min.js"></script><script>
      for (const pre of document.querySelectorAll('pre[lang="mermaid"]')) { const div = document.createElement('div'); div.className = 'mermaid'; div.textContent = pre.textContent; pre.replaceWith(div); }
      mermaid.initialize({ startOnLoad: false });
      mermaid.run().then(() => (document.body.dataset.drawn = 'yes'), (error) => (document.body.dataset.drawn = 'error: ' + error.message));
    </script>`;
    await writeFile(join(site, 'trend.html'), page(githubHtml(trend), draw));
    ({ server, url } = await serve(site));
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
    dir.cleanup();
  });

  it("shows the data branch's README with its chart, whose points are the data commits", async () => {
    const tab = await browser.newPage({ viewport: { width: 900, height: 1400 } });
    await tab.goto(`${url}/readme.html`);
    const image = await inPage(tab, README_IMAGE);
    expect(image).toEqual({ src: 'stats/totals.svg', width: 800, height: expect.any(Number) });
    const shot = await tab.screenshot({ fullPage: true });
    const seen = await pixels(tab, shot, '#1a7f37');
    expect(seen.inked / seen.total).toBeGreaterThan(0.02);
    expect(seen.colored).toBeGreaterThan(100); // the green line of lines, drawn in the page

    await tab.goto(`${url}/stats/totals.svg`);
    const drawn = await inPage(tab, CHART_PANELS);
    expect(drawn).toEqual(Array(3).fill({ points: VERSIONS.length, visible: true, line: true }));
    await tab.close();
  });

  it("draws the bot's Mermaid charts: one line a total, through each data commit and the pull request", async () => {
    const tab = await browser.newPage({ viewport: { width: 900, height: 1200 } });
    await tab.goto(`${url}/trend.html`);
    await tab.waitForFunction('document.body.dataset.drawn', null, { timeout: 20_000 });
    expect(await tab.evaluate('document.body.dataset.drawn')).toBe('yes');
    const charts = await inPage(tab, MERMAID_CHARTS);
    const labels = [...Array.from({ length: 12 }, (_, i) => String(i + 1)), 'PR'];
    expect(charts).toEqual(['Repositories', 'Lines', 'Deps'].map((title) => ({ kind: 'xychart', title, points: 13, labels })));
    const shot = await tab.screenshot({ fullPage: true });
    const seen = await pixels(tab, shot, '#8250df');
    expect(seen.inked / seen.total).toBeGreaterThan(0.02);
    expect(seen.colored).toBeGreaterThan(100); // the purple line of deps
    await tab.close();
  });
});
