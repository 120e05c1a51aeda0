// Viewer benchmark: synthetic graphs of 1,000 to 10,000 nodes (five edges per node) in headless
// Chromium. Prints time to first frame, frame times while panning and while ForceAtlas2 runs in its
// worker, each against a 100-node graph measured in the same run as baseline.
// Targets: first frame < 3 s at 10k, no frame > 200 ms while the layout runs, and no size slower to
// pan than 10k (the drawing settings change with the graph's size; none may be a slow spot).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ENTITY_KINDS } from '@talkgraph/graph/types';
import { chromium } from 'playwright-core';
import { renderHtml } from '../dist/node/index.js';

const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const RELATIONS = ['created', 'uses', 'part_of', 'based_on', 'works_at', 'runs_on'];

/** Seeded PRNG (mulberry32), so every run measures the same graph. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Clustered communities, mostly co-occurrence edges, a few typed ones: like a big merged build. */
function syntheticGraph(order, size, seed = 42) {
  const rand = random(seed);
  const communities = Math.max(4, Math.round(Math.sqrt(order) / 2.5));
  const episode = 'synthetic';
  const duration = 3600;
  const segments = Array.from({ length: 600 }, (_, i) => ({
    start: i * 6,
    end: i * 6 + 6,
    speaker: `Speaker ${i % 2}`,
    text: `segment ${i} of the synthetic conversation`,
  }));
  const centres = Array.from({ length: communities }, () => [rand() * 1000 - 500, rand() * 1000 - 500]);
  const nodes = [];
  for (let i = 0; i < order; i++) {
    const community = Math.floor(rand() * communities);
    const [cx, cy] = centres[community];
    const mentions = Array.from({ length: 1 + Math.floor(rand() * 3) }, () => {
      const s = Math.floor(rand() * segments.length);
      return {
        episode,
        start: segments[s].start,
        end: segments[s].end,
        speaker: segments[s].speaker,
        quote: segments[s].text,
        segment: s,
        surface: `entity ${i}`,
        via: 'exact',
        confidence: 1,
      };
    });
    nodes.push({
      key: `n${i}`,
      attributes: {
        label: `Entity ${i}`,
        kind: ENTITY_KINDS[Math.floor(rand() * ENTITY_KINDS.length)],
        aliases: [{ surface: `entity ${i}`, count: mentions.length }],
        mentions,
        mentionCount: mentions.length,
        episodes: [episode],
        firstSeen: { episode, start: mentions[0].start },
        discovered: false,
        merges: [],
        pagerank: rand() / order,
        degree: 0,
        community,
        x: cx + (rand() - 0.5) * 160,
        y: cy + (rand() - 0.5) * 160,
        size: 4,
        color: '#999999',
      },
    });
  }
  const byCommunity = Array.from({ length: communities }, () => []);
  for (const [i, n] of nodes.entries()) byCommunity[n.attributes.community].push(i);
  const edges = [];
  const keys = new Set();
  while (edges.length < size) {
    const s = Math.floor(rand() * order);
    const pool = rand() < 0.8 ? byCommunity[nodes[s].attributes.community] : null;
    const t = pool ? pool[Math.floor(rand() * pool.length)] : Math.floor(rand() * order);
    if (s === t) continue;
    const relation = rand() < 0.8 ? 'co_occurs' : RELATIONS[Math.floor(rand() * RELATIONS.length)];
    const [source, target] = relation === 'co_occurs' && t < s ? [`n${t}`, `n${s}`] : [`n${s}`, `n${t}`];
    const key = `${source}->${relation}->${target}`;
    if (keys.has(key)) continue;
    keys.add(key);
    const m = nodes[s].attributes.mentions[0];
    const evidence = [{ episode, start: m.start, end: m.end, speaker: m.speaker, quote: m.quote, segment: m.segment }];
    edges.push({
      key,
      source,
      target,
      attributes: {
        relation,
        weight: relation === 'co_occurs' ? 0.2 + rand() * 0.8 : 1,
        ...(relation === 'co_occurs' ? { count: 1 } : {}),
        evidence,
        episodes: [episode],
      },
    });
  }
  return {
    options: { type: 'directed', multi: true, allowSelfLoops: false },
    attributes: {
      name: 'Synthetic',
      episodes: [{ id: episode, title: 'Synthetic', source: 'synthetic.txt', mediaUrl: null, duration, segments }],
      generator: { name: 'talkgraph', version: '0.0.0' },
      settings: {},
    },
    nodes,
    edges,
  };
}

// Records every animation frame's duration and the moment of the first frame after mounting.
const FRAME_PROBE = `
  window.__frames = [];
  let last = 0;
  // performance.now(), not the frame's timestamp: a frame delayed by a long task must count as long.
  const tick = () => {
    const t = performance.now();
    if (last) window.__frames.push(t - last);
    last = t;
    if (window.talkgraph?.stage && window.__firstFrame === undefined) window.__firstFrame = t;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
`;

function stats(frames) {
  const sorted = [...frames].sort((a, b) => a - b);
  const pick = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  const mean = frames.reduce((a, b) => a + b, 0) / Math.max(1, frames.length);
  return {
    frames: frames.length,
    mean,
    p95: pick(0.95),
    max: sorted[sorted.length - 1] ?? 0,
    over200: frames.filter((f) => f > 200).length,
  };
}

async function measure(browser, url) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(FRAME_PROBE);
  await page.goto(url);
  await page.waitForFunction(() => window.__firstFrame !== undefined, null, { timeout: 60_000 });
  const firstFrame = await page.evaluate(() => window.__firstFrame);
  const drawing = await page.evaluate(() => window.talkgraph.stage.drawingMode());
  await page.waitForTimeout(500);

  const box = await page.locator('.tg-stage').boundingBox();
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.evaluate(() => (window.__frames = []));
  for (let round = 0; round < 3; round++) {
    await page.mouse.move(cx - 200, cy);
    await page.mouse.down();
    await page.mouse.move(cx + 200, cy + 80, { steps: 40 });
    await page.mouse.up();
  }
  await page.waitForTimeout(300);
  const pan = stats(await page.evaluate(() => window.__frames));

  // Frames while the layout runs, from the click that starts it to just before it is stopped;
  // stopping (when a large graph gets its edges back) is measured on its own.
  const running = await page.evaluate(async () => {
    let updates = 0;
    window.talkgraph.graph.on('eachNodeAttributesUpdated', () => updates++);
    window.__frames = [];
    window.talkgraph.stage.startLayout();
    await new Promise((r) => setTimeout(r, 5000));
    const frames = window.__frames.slice();
    window.__frames = [];
    window.talkgraph.stage.stopLayout();
    return { updates, frames };
  });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const stopFrame = Math.max(0, ...(await page.evaluate(() => window.__frames)));
  const layout = stats(running.frames);
  const iterations = running.updates;
  await page.close();
  if (errors.length) throw new Error(`talkgraph-viewer bench: page errors: ${errors.join('; ')}`);
  return { firstFrame, drawing, pan, layout, stopFrame, layoutSteps: iterations / 5 };
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'talkgraph-viewer-bench-'));
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS });
  try {
    const results = {};
    for (const [name, order, size] of [
      ['baseline 100', 100, 500],
      ['1k', 1_000, 5_000],
      ['2.5k', 2_500, 12_500],
      ['4.9k', 4_900, 24_500],
      ['10k', 10_000, 50_000],
    ]) {
      const html = renderHtml(syntheticGraph(order, size), { title: name });
      const file = join(dir, `${order}.html`);
      writeFileSync(file, html);
      // Everything shown: a large graph opens on its most mentioned nodes otherwise.
      results[name] = {
        bytes: Buffer.byteLength(html),
        ...(await measure(browser, `${pathToFileURL(file).href}#min=1`)),
      };
    }
    const base = results['baseline 100'];
    const big = results['10k'];
    const ms = (n) => `${n.toFixed(1)} ms`;
    // One row: the figure for each graph, and the 10k graph's against the baseline's.
    const line = (label, f, value) => {
      const ratio = value ? `x${(value(big) / Math.max(1e-9, value(base))).toFixed(1)}` : '';
      console.log(
        `${label.padEnd(36)}${Object.values(results)
          .map((r) => f(r).padStart(13))
          .join('')}${ratio.padStart(9)}`,
      );
    };
    console.log(
      `talkgraph-viewer bench (headless Chromium, software WebGL; load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')})`,
    );
    console.log(
      `${''.padEnd(36)}${Object.keys(results)
        .map((k) => k.padStart(13))
        .join('')}${'10k/base'.padStart(9)}`,
    );
    line(
      'index.html size',
      (r) => `${(r.bytes / 1e6).toFixed(2)} MB`,
      (r) => r.bytes,
    );
    line('drawing', (r) => r.drawing);
    line(
      'time to first frame',
      (r) => ms(r.firstFrame),
      (r) => r.firstFrame,
    );
    line(
      'panning: mean frame',
      (r) => ms(r.pan.mean),
      (r) => r.pan.mean,
    );
    line(
      'panning: p95 frame',
      (r) => ms(r.pan.p95),
      (r) => r.pan.p95,
    );
    line(
      'panning: longest frame',
      (r) => ms(r.pan.max),
      (r) => r.pan.max,
    );
    line(
      'layout running: mean frame',
      (r) => ms(r.layout.mean),
      (r) => r.layout.mean,
    );
    line(
      'layout running: p95 frame',
      (r) => ms(r.layout.p95),
      (r) => r.layout.p95,
    );
    line(
      'layout running: longest frame',
      (r) => ms(r.layout.max),
      (r) => r.layout.max,
    );
    line('layout running: frames > 200 ms', (r) => `${r.layout.over200} of ${r.layout.frames}`);
    line(
      'layout steps shown per second',
      (r) => r.layoutSteps.toFixed(1),
      (r) => r.layoutSteps,
    );
    line(
      'stopping the layout: longest frame',
      (r) => ms(r.stopFrame),
      (r) => r.stopFrame,
    );
    const slower = Object.entries(results).filter(([, r]) => r !== big && r !== base && r.pan.p95 > big.pan.p95 * 1.1);
    console.log(
      `targets: first frame < 3000 ms: ${big.firstFrame < 3000 ? 'met' : 'MISSED'}; no frame > 200 ms while FA2 runs: ${big.layout.max < 200 ? 'met' : 'MISSED'}; ` +
        `no size from 1k pans slower than 10k (p95, 10% slack): ${slower.length === 0 ? 'met' : `MISSED (${slower.map(([k]) => k).join(', ')})`}`,
    );
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
