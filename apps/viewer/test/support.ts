import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_PATH } from '@talkgraph/testkit';
import { labelBox, type LabelSide } from '../src/browser/core/labels.js';
import { renderHtml } from '../src/node/index.js';
import type { SerializedTalkGraph } from '@talkgraph/graph';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

export const workDir = mkdtempSync(join(tmpdir(), 'talkgraph-viewer-'));

/** Writes the page for a graph and returns its file:// URL. */
export function writePage(
  name: string,
  graph: SerializedTalkGraph,
  options: { title?: string; embed?: boolean } = {},
): string {
  const file = join(workDir, `${name}.html`);
  writeFileSync(
    file,
    renderHtml(graph, { title: options.title ?? 'Array languages and compilers', embed: options.embed }),
  );
  return pathToFileURL(file).href;
}

export function screenshotPath(name: string): string {
  return join(tmpdir(), `talkgraph-viewer-${name}.png`);
}

/** Collects what must never happen on a page: script errors and dialogs. */
export function watch(page: Page): { errors: string[]; dialogs: string[] } {
  const seen = { errors: [] as string[], dialogs: [] as string[] };
  page.on('pageerror', (e) => seen.errors.push(e.message));
  page.on('dialog', (d) => {
    seen.dialogs.push(d.message());
    void d.dismiss();
  });
  return seen;
}

/** Opens a page and waits until the viewer is mounted and sigma has drawn. */
export async function open(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => window.talkgraph?.stage !== undefined);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/**
 * Pixels of an element's screenshot that differ from its most common colour (the background),
 * and how many are close to `color`: what a user would actually see drawn.
 */
export async function paintedPixels(
  page: Page,
  selector: string,
  color = '#000000',
): Promise<{ painted: number; matching: number }> {
  const png = await page.locator(selector).first().screenshot();
  return page.evaluate(
    async ({ b64, color }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.width;
      canvas.height = img.height;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const d = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
      const counts = new Map<number, number>();
      for (let i = 0; i < d.length; i += 4) {
        const k = (d[i]! << 16) | (d[i + 1]! << 8) | d[i + 2]!;
        counts.set(k, (counts.get(k) ?? 0) + 1);
      }
      const bg = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
      const target = parseInt(color.slice(1), 16);
      const near = (k: number, t: number, tol: number) =>
        Math.abs(((k >> 16) & 255) - ((t >> 16) & 255)) <= tol &&
        Math.abs(((k >> 8) & 255) - ((t >> 8) & 255)) <= tol &&
        Math.abs((k & 255) - (t & 255)) <= tol;
      let painted = 0;
      let matching = 0;
      for (const [k, n] of counts) {
        if (!near(k, bg, 8)) painted += n;
        if (near(k, target, 10)) matching += n;
      }
      return { painted, matching };
    },
    { b64: png.toString('base64'), color },
  );
}

/**
 * Resolves once sigma has drawn what the last change asked for: its render waits for an animation
 * frame, and hover picking reads that frame, so a loaded machine needs more than a fixed pause.
 */
export async function rendered(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        window.talkgraph!.stage.sigma.refresh();
        requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
      }),
  );
}

/**
 * Moves the pointer to `at` until `read(key)` (evaluated in the page) returns `want`, or 5 s pass;
 * returns the last value read so a failing test shows what the map showed instead.
 */
export async function hoverUntil<T>(
  page: Page,
  at: { x: number; y: number },
  read: (key: string) => T,
  key: string,
  want: T,
): Promise<T> {
  const deadline = Date.now() + 5000;
  await page.mouse.move(at.x, at.y);
  let seen = await page.evaluate(read, key);
  for (let step = 0; seen !== want && Date.now() < deadline; step++) {
    // A one-pixel wiggle makes sigma pick again after a frame it drew late.
    await page.mouse.move(at.x + (step % 2), at.y);
    await rendered(page);
    seen = await page.evaluate(read, key);
  }
  return seen;
}

/** Where a node is on screen (CSS pixels, relative to the page). */
export async function nodePosition(page: Page, node: string): Promise<{ x: number; y: number }> {
  return page.evaluate((key) => {
    const sigma = window.talkgraph!.stage.sigma;
    const data = sigma.getNodeDisplayData(key)!;
    const p = sigma.framedGraphToViewport(data);
    const rect = sigma.getContainer().getBoundingClientRect();
    return { x: rect.left + p.x, y: rect.top + p.y };
  }, node);
}

/**
 * Where an edge is drawn halfway (CSS pixels, relative to the page): the middle of its segment, or
 * of its arc for a typed relation (a quadratic curve bent by `curvature` times its length).
 */
export async function edgeMiddle(page: Page, edge: string): Promise<{ x: number; y: number }> {
  return page.evaluate((key) => {
    const sigma = window.talkgraph!.stage.sigma;
    const graph = sigma.getGraph();
    const [s, t] = graph.extremities(key).map((n) => sigma.framedGraphToViewport(sigma.getNodeDisplayData(n)!));
    const curvature = (sigma.getEdgeDisplayData(key) as { curvature?: number }).curvature ?? 0;
    const [dx, dy] = [t!.x - s!.x, t!.y - s!.y];
    const rect = sigma.getContainer().getBoundingClientRect();
    return {
      x: rect.left + (s!.x + t!.x) / 2 + (dy * curvature) / 2,
      y: rect.top + (s!.y + t!.y) / 2 - (dx * curvature) / 2,
    };
  }, edge);
}

/** The labels sigma drew, as boxes in CSS pixels, where the viewer's label drawing puts them. */
export async function drawnLabels(
  page: Page,
): Promise<{ node: string; label: string; x0: number; y0: number; x1: number; y1: number }[]> {
  const drawn = await page.evaluate(() => {
    const sigma = window.talkgraph!.stage.sigma;
    const context = document.createElement('canvas').getContext('2d')!;
    const height = sigma.getSetting('labelSize');
    context.font = `${sigma.getSetting('labelWeight')} ${height}px ${sigma.getSetting('labelFont')}`;
    return {
      height,
      labels: [...sigma.getNodeDisplayedLabels()].map((node) => {
        const data = sigma.getNodeDisplayData(node)! as ReturnType<typeof sigma.getNodeDisplayData> & {
          labelSide?: string;
        };
        const p = sigma.framedGraphToViewport(data!);
        const label = data!.label ?? '';
        return {
          node,
          label,
          side: data!.labelSide,
          x: p.x,
          y: p.y,
          size: sigma.scaleSize(data!.size),
          width: context.measureText(label).width,
        };
      }),
    };
  });
  return drawn.labels.map((l) => ({
    node: l.node,
    label: l.label,
    ...labelBox(l, { height: drawn.height, offset: 3 }, l.side as LabelSide),
  }));
}

/** Pairs of drawn labels that overlap. */
export function overlapping<T extends { label: string; x0: number; y0: number; x1: number; y1: number }>(
  boxes: T[],
): [string, string][] {
  const pairs: [string, string][] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i]!, boxes[j]!];
      if (a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1) pairs.push([a.label, b.label]);
    }
  return pairs;
}
