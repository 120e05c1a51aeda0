import { afterAll, beforeAll, expect, jest, test } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { describeWithChromium } from '@talkgraph/testkit';
import { viewerScript } from '../src/node/index.js';
import { crowdedGraph, sampleGraph, SEGMENTS } from './fixtures/sample-graph.js';
import {
  drawnLabels,
  edgeMiddle,
  hoverUntil,
  launch,
  nodePosition,
  open,
  overlapping,
  paintedPixels,
  rendered,
  screenshotPath,
  watch,
  workDir,
  writePage,
} from './support.js';

// A real browser on a shared machine: allow for a slow start.
jest.setTimeout(60_000);

const MLIR_SECONDS = [68, 71, 96, 124];
const MLIR_SEGMENTS = [6, 7, 9, 11];

describeWithChromium('viewer in Chromium', () => {
  let browser: Browser;
  let page: Page;
  let seen: ReturnType<typeof watch>;

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function newPage(width = 1280, height = 800): Promise<Page> {
    page = await browser.newPage({ viewport: { width, height }, acceptDownloads: true });
    page.setDefaultTimeout(15_000);
    seen = watch(page);
    return page;
  }

  async function searchAndOpen(query: string, expected: string): Promise<void> {
    await page.locator('.tg-search-input').fill(query);
    const first = page.locator('.tg-option').first();
    await expect(first.locator('.tg-option-label').textContent()).resolves.toBe(expected);
    await page.keyboard.press('Enter');
    await page.locator('.tg-details .tg-title').waitFor();
  }

  test('opens from file:// laid out, draws the graph, finds MLIR and links its mentions to the transcript', async () => {
    await newPage();
    await open(page, writePage('sample', sampleGraph()));
    // Drawn, not blank: node colours on the canvas (MLIR and LLVM are Software, #76b7b2).
    const pixels = await paintedPixels(page, '.tg-stage', '#76b7b2');
    expect(pixels.painted).toBeGreaterThan(3000);
    expect(pixels.matching).toBeGreaterThan(300);
    await page.screenshot({ path: screenshotPath('overview') });

    await searchAndOpen('MLIR', 'MLIR');
    await expect(page.locator('.tg-details .tg-title').textContent()).resolves.toBe('MLIR');
    await expect(page.locator('.tg-aliases').textContent()).resolves.toContain('ml ir');
    const mentions = page.locator('.tg-section:has(h3:text("Mentions")) a.tg-ts');
    expect(await mentions.evaluateAll((links) => links.map((a) => Number(a.getAttribute('data-seconds'))))).toEqual(
      MLIR_SECONDS,
    );
    expect(await mentions.allTextContents()).toEqual(['1:08', '1:11', '1:36', '2:04']);
    // Relations carry their quotes.
    await expect(
      page.locator('.tg-rel', { hasText: 'LLVM' }).locator('.tg-quote').first().textContent(),
    ).resolves.toContain('builds on LLVM');

    await mentions.nth(2).click();
    const current = page.locator('.tg-transcript .tg-seg.tg-current');
    await expect(current.getAttribute('data-index')).resolves.toBe(String(MLIR_SEGMENTS[2]));
    await expect(current.locator('.tg-seg-text').textContent()).resolves.toBe(SEGMENTS[9]![2]);
    // The mention itself is marked (this one, the only MLIR in the segment), and scrolled into view.
    expect(await current.locator('mark').allTextContents()).toEqual(['MLIR']);
    await expect(current.locator('mark.tg-hit').textContent()).resolves.toBe('MLIR');
    const body = (await page.locator('.tg-transcript-body').boundingBox())!;
    const box = (await current.locator('mark.tg-hit').boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(body.y - 1);
    expect(box.y + box.height).toBeLessThanOrEqual(body.y + body.height + 1);
    const at = SEGMENTS[9]![2].indexOf('MLIR');
    expect(page.url()).toContain(`segment=array-languages*9*${at}*${at + 4}`);

    // Another selection closes the transcript opened from this one.
    await page.locator('.tg-details .tg-link', { hasText: 'LLVM' }).first().click();
    await expect(page.locator('.tg-details .tg-title').textContent()).resolves.toBe('LLVM');
    await expect(page.locator('.tg-transcript').isHidden()).resolves.toBe(true);
    expect(page.url()).not.toContain('segment=');
    expect(seen.errors).toEqual([]);
    await page.close();
  });

  test('a long segment scrolls to the mention, not to the start of the segment', async () => {
    const data = sampleGraph();
    const long = `${'and then we talked about other things for a long while '.repeat(60)}until MLIR came up`;
    data.attributes.episodes[0]!.segments[9]!.text = long;
    const mlir = data.nodes.find((n) => n.key === 'mlir')!.attributes;
    mlir.mentions[2] = { ...mlir.mentions[2]!, quote: 'long while until MLIR came up' };
    await newPage();
    await open(page, writePage('long-segment', data));
    await searchAndOpen('MLIR', 'MLIR');
    await page.locator('.tg-section:has(h3:text("Mentions")) a.tg-ts').nth(2).click();
    const hit = page.locator('.tg-seg.tg-current mark.tg-hit');
    await expect(hit.textContent()).resolves.toBe('MLIR');
    const body = (await page.locator('.tg-transcript-body').boundingBox())!;
    const box = (await hit.boundingBox())!;
    // Centred in the panel, though the segment starts far above.
    expect(Math.abs(box.y + box.height / 2 - (body.y + body.height / 2))).toBeLessThan(body.height / 4);
    const segment = (await page.locator('.tg-seg.tg-current').boundingBox())!;
    expect(segment.y).toBeLessThan(body.y);
    await page.screenshot({ path: screenshotPath('mlir-transcript') });
    await page.close();
  });

  test('labels: none overlap, on the overview and around a selected hub; the biggest first', async () => {
    await newPage();
    await open(page, writePage('labels-sample', sampleGraph()));
    const sample = await drawnLabels(page);
    // The sample is small enough for every label to fit.
    expect(sample.length).toBe(sampleGraph().nodes.length);
    expect(overlapping(sample)).toEqual([]);

    await open(page, writePage('labels-crowded', crowdedGraph(3, 40)));
    const overview = await drawnLabels(page);
    expect(overlapping(overview)).toEqual([]);
    expect(overview.length).toBeGreaterThan(8);
    // The hubs, the biggest nodes, are labelled.
    expect(overview.map((b) => b.node)).toEqual(expect.arrayContaining(['hub-0', 'hub-1', 'hub-2']));
    await page.screenshot({ path: screenshotPath('labels-overview') });

    // Selected on the map: its crowd of neighbours, without overlaps.
    const hub = await nodePosition(page, 'hub-0');
    await page.mouse.click(hub.x, hub.y);
    await expect(page.locator('.tg-details .tg-title').textContent()).resolves.toBe('Central subject number 1');
    await page.mouse.move(2, 2);
    await page.waitForTimeout(200);
    const clicked = await drawnLabels(page);
    expect(overlapping(clicked)).toEqual([]);
    expect(clicked.map((b) => b.node)).toContain('hub-0');
    expect(clicked.every((b) => b.node === 'hub-0' || b.node.startsWith('spoke-0-'))).toBe(true);
    // Found by search, the camera closes in on it: most of its neighbours find room.
    await searchAndOpen('central subject number 1', 'Central subject number 1');
    await page.waitForFunction(() => !window.talkgraph!.stage.sigma.getCamera().isAnimated());
    await page.waitForTimeout(200);
    const around = await drawnLabels(page);
    await page.screenshot({ path: screenshotPath('labels-hub') });
    expect(overlapping(around)).toEqual([]);
    expect(around.filter((b) => b.node.startsWith('spoke-0-')).length).toBeGreaterThan(clicked.length);

    // Zooming in and out: still no overlaps.
    await page.locator('.tg-stage').focus();
    await page.keyboard.press('Escape');
    await expect(page.locator('.tg-side').isHidden()).resolves.toBe(true);
    await page.keyboard.press('0');
    await page.waitForTimeout(600);
    for (const key of ['+', '+']) {
      await page.keyboard.press(key);
      await page.waitForTimeout(500);
      expect(overlapping(await drawnLabels(page))).toEqual([]);
    }

    // Filtered to a few nodes, the biggest are all labelled.
    await page.keyboard.press('0');
    await page.waitForTimeout(500);
    await page.locator('input[name=min]').fill('9');
    await page.waitForTimeout(300);
    const few = await drawnLabels(page);
    const shown = await page.evaluate(() => {
      const sigma = window.talkgraph!.stage.sigma;
      return sigma
        .getGraph()
        .filterNodes((n) => !sigma.getNodeDisplayData(n)!.hidden)
        .sort((a, b) => sigma.getNodeDisplayData(b)!.size - sigma.getNodeDisplayData(a)!.size);
    });
    expect(shown.length).toBeLessThan(25);
    expect(few.map((b) => b.node)).toEqual(expect.arrayContaining(shown.slice(0, 3)));
    expect(overlapping(few)).toEqual([]);
    expect(seen.errors).toEqual([]);
    await page.close();
  });

  test('search forgives typos, and labels what it suggests', async () => {
    await newPage();
    await open(page, writePage('typos', sampleGraph()));
    await searchAndOpen('Lattnr', 'Chris Lattner');
    await page.locator('.tg-search-input').fill('iversn');
    await expect(page.locator('.tg-option-label').first().textContent()).resolves.toBe('Ken Iverson');
    // With labels turned off, the suggestions still get theirs while they are listed.
    await open(page, `${writePage('hits', crowdedGraph(3, 40))}#labels=0`);
    expect(await drawnLabels(page)).toEqual([]);
    await page.locator('.tg-search-input').fill('central subjct');
    await page.waitForTimeout(200);
    expect((await drawnLabels(page)).map((b) => b.node).sort()).toEqual(['hub-0', 'hub-1', 'hub-2']);
    await page.close();
  });

  test('with a media URL, every timestamp links to that second of the video', async () => {
    await newPage();
    await open(page, writePage('media', sampleGraph({ mediaUrl: 'https://www.youtube.com/watch?v=abc123' })));
    await searchAndOpen('ml ir', 'MLIR');
    const hrefs = await page
      .locator('.tg-section:has(h3:text("Mentions")) a.tg-ts')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(MLIR_SECONDS.map((s) => `https://www.youtube.com/watch?v=abc123&t=${s}s`));
    await expect(page.locator('a.tg-ts').first().getAttribute('target')).resolves.toBe('_blank');
    await page.close();
  });

  test('names, quotes and URLs from transcripts are shown as text and never run', async () => {
    const hostile = '<img src=x onerror=alert(1)></script><script>window.__pwned=1;alert(2)</script>';
    await newPage();
    await page.addInitScript(() => {
      // A flag the injected markup would set if it ever ran.
      Object.defineProperty(window, '__pwned', { set: () => alert('pwned'), configurable: true });
    });
    await open(
      page,
      writePage('hostile', sampleGraph({ hostile, mediaUrl: 'javascript:alert(3)' }), { title: `Title ${hostile}` }),
    );
    await searchAndOpen('halide', `Halide ${hostile}`);
    await expect(page.locator('.tg-details .tg-title').textContent()).resolves.toBe(`Halide ${hostile}`);
    await expect(page.locator('.tg-brand').textContent()).resolves.toBe(`Title ${hostile}`);
    expect(await page.title()).toBe(`Title ${hostile}`);
    // The javascript: media URL is not linked; the transcript is used instead.
    const link = page.locator('.tg-section:has(h3:text("Mentions")) a.tg-ts').first();
    await expect(link.getAttribute('href')).resolves.toMatch(/^#/);
    // Segment 7 has the hostile speaker and text.
    await page.locator('.tg-ev', { hasText: 'right Chris Lattner leads' }).locator('a.tg-ts').first().click();
    await expect(page.locator('.tg-seg.tg-current .tg-seg-text').textContent()).resolves.toContain(hostile);
    // The mention and the hostile name are marked, still as text.
    await expect(page.locator('.tg-seg.tg-current mark.tg-hit').textContent()).resolves.toBe('Halide');
    expect((await page.locator('.tg-seg.tg-current mark').allTextContents()).join('')).toContain(hostile);
    await expect(page.locator('.tg-seg.tg-current .tg-speaker').textContent()).resolves.toBe(hostile);
    await page.locator('.tg-search-input').fill('MLIR');
    await expect(page.locator('.tg-option-label').first().textContent()).resolves.toBe(`MLIR ${hostile}`);
    await page.waitForTimeout(300);
    expect(await page.locator('img').count()).toBe(0);
    // The page's own two scripts and its packed transcripts, nothing injected.
    expect(await page.evaluate(() => document.querySelectorAll('script:not([data-transcript])').length)).toBe(2);
    expect(seen.dialogs).toEqual([]);
    expect(seen.errors).toEqual([]);
    await page.screenshot({ path: screenshotPath('hostile') });
    await page.close();
  });

  test('?embed=1 hides the chrome; clicking a node still opens its panel', async () => {
    await newPage(640, 420);
    await open(page, `${writePage('embed', sampleGraph())}?embed=1`);
    await expect(page.locator('.tg-header').isVisible()).resolves.toBe(false);
    await expect(page.locator('.tg-timeline').isVisible()).resolves.toBe(false);
    await expect(page.locator('.tg-legend').isVisible()).resolves.toBe(false);
    expect((await paintedPixels(page, '.tg-stage')).painted).toBeGreaterThan(2000);
    const swift = await nodePosition(page, 'swift');
    await page.mouse.click(swift.x, swift.y);
    await expect(page.locator('.tg-details .tg-title').textContent()).resolves.toBe('Swift');
    await page.screenshot({ path: screenshotPath('embed') });
    // The build flag does the same without the query.
    await open(page, writePage('embed-flag', sampleGraph(), { embed: true }));
    await expect(page.locator('.tg-header').isVisible()).resolves.toBe(false);
    expect(seen.errors).toEqual([]);
    await page.close();
  });

  test('the URL keeps the view: a copied link reopens it', async () => {
    await newPage();
    const url = writePage('state', sampleGraph());
    await open(page, url);
    await searchAndOpen('lattner', 'Chris Lattner');
    await page.selectOption('select[name=color]', 'community');
    await page.selectOption('select[name=size]', 'mentions');
    await page.locator('.tg-legend-item[data-kind="Hardware"]').click();
    await page.locator('input[name=cooccurs]').uncheck();
    await page.locator('input[name=min]').focus();
    await page.keyboard.press('ArrowRight');
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.waitForTimeout(900);
    const link = page.url();
    expect(link).toContain('node=chris-lattner');
    const camera = await page.evaluate(() => window.talkgraph!.stage.sigma.getCamera().getState());

    const other = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await open(other, link);
    await expect(other.locator('.tg-details .tg-title').textContent()).resolves.toBe('Chris Lattner');
    await expect(other.locator('select[name=color]').inputValue()).resolves.toBe('community');
    await expect(other.locator('select[name=size]').inputValue()).resolves.toBe('mentions');
    // Colouring by community brings a key of the communities, largest first.
    expect(await other.locator('.tg-communities li').count()).toBe(4);
    await expect(other.locator('.tg-communities li').first().locator('.tg-legend-count').textContent()).resolves.toBe(
      '5',
    );
    await expect(other.locator('.tg-legend-item[data-kind="Hardware"]').getAttribute('aria-pressed')).resolves.toBe(
      'false',
    );
    await expect(other.locator('input[name=cooccurs]').isChecked()).resolves.toBe(false);
    await expect(other.locator('input[name=min]').inputValue()).resolves.toBe('2');
    const reopened = await other.evaluate(() => window.talkgraph!.stage.sigma.getCamera().getState());
    expect(reopened.ratio).toBeCloseTo(camera.ratio, 3);
    expect(reopened.x).toBeCloseTo(camera.x, 3);
    expect(reopened.y).toBeCloseTo(camera.y, 3);
    // The filters act: TPU (Hardware) and LLVM (1 mention) are hidden, co-occurrences too.
    const hidden = await other.evaluate(() => {
      const sigma = window.talkgraph!.stage.sigma;
      return {
        tpu: sigma.getNodeDisplayData('tpu')!.hidden,
        llvm: sigma.getNodeDisplayData('llvm')!.hidden,
        mlir: sigma.getNodeDisplayData('mlir')!.hidden,
      };
    });
    expect(hidden).toEqual({ tpu: true, llvm: true, mlir: false });
    await other.screenshot({ path: screenshotPath('state') });
    await other.close();
    await page.close();
  });

  test('hover lights up neighbours; clicking an edge shows its evidence', async () => {
    await newPage();
    await open(page, writePage('hover', sampleGraph()));
    const swift = await nodePosition(page, 'swift');
    // Apple, a neighbour of Swift, turns to the highlight colour once the hover is drawn.
    const highlight = '#f28e2b';
    await hoverUntil(
      page,
      swift,
      (key) => window.talkgraph!.stage.sigma.getNodeDisplayData(key)!.color,
      'apple',
      highlight,
    );
    const display = await page.evaluate(() => {
      const sigma = window.talkgraph!.stage.sigma;
      return { google: sigma.getNodeDisplayData('google')!, apple: sigma.getNodeDisplayData('apple')! };
    });
    expect(display.google.label).toBe('');
    expect(display.google.color).not.toBe(highlight);
    expect(display.apple.color).toBe(highlight);
    await page.mouse.move(5, 400);

    const middle = await edgeMiddle(page, 'halide->part_of->mit');
    await page.mouse.click(middle.x, middle.y);
    await expect(page.locator('.tg-details').getAttribute('data-edge')).resolves.toBe('halide->part_of->mit');
    await expect(page.locator('.tg-details .tg-quote').first().textContent()).resolves.toBe(SEGMENTS[8]![2]);
    await expect(page.locator('.tg-details a.tg-ts').first().getAttribute('data-seconds')).resolves.toBe('90');
    // From the node panel too.
    await page.locator('.tg-details .tg-link', { hasText: 'MIT' }).click();
    await expect(page.locator('.tg-details .tg-title').textContent()).resolves.toBe('MIT');
    expect(seen.errors).toEqual([]);
    await page.close();
  });

  test('typed relations are arcs apart from co-occurrence: each is hovered and clicked on its own', async () => {
    await newPage();
    await open(page, writePage('typed-edges', sampleGraph()));
    const mlir = await nodePosition(page, 'mlir');
    const lattner = await nodePosition(page, 'chris-lattner');
    // Close enough to tell three links apart: zoom on the pair.
    await page.evaluate(
      ([a, b]) => {
        const sigma = window.talkgraph!.stage.sigma;
        const [p, q] = [sigma.getNodeDisplayData(a)!, sigma.getNodeDisplayData(b)!];
        sigma.getCamera().setState({ x: (p.x + q.x) / 2, y: (p.y + q.y) / 2, ratio: 0.45 });
      },
      ['mlir', 'chris-lattner'],
    );
    await rendered(page);
    expect(mlir).not.toEqual(lattner);
    for (const edge of [
      'chris-lattner->created->mlir',
      'chris-lattner->leads->mlir',
      'chris-lattner->co_occurs->mlir',
    ]) {
      const at = await edgeMiddle(page, edge);
      const want = edge.includes('co_occurs') ? 'mentioned with' : edge.split('->')[1];
      const hovered = await hoverUntil(
        page,
        at,
        (key) => window.talkgraph!.stage.sigma.getEdgeDisplayData(key)!.label,
        edge,
        want,
      );
      expect(hovered).toBe(want);
      await page.mouse.click(at.x, at.y);
      await expect(page.locator('.tg-details').getAttribute('data-edge')).resolves.toBe(edge);
      if (edge.includes('leads')) await page.screenshot({ path: screenshotPath('typed-edge-hover') });
      await page.keyboard.press('Escape');
      await page.mouse.move(2, 2);
    }
    expect(seen.errors).toEqual([]);
    await page.close();
  });

  test('brushing the timeline shows only what was said then', async () => {
    await newPage();
    await open(page, writePage('timeline', sampleGraph()));
    const strip = (await page.locator('.tg-timeline-canvas').boundingBox())!;
    // The episode lasts 146 s: brush 88 s .. 102 s.
    const at = (t: number) => strip.x + (t / 146) * strip.width;
    await page.mouse.move(at(88), strip.y + strip.height / 2);
    await page.mouse.down();
    await page.mouse.move(at(95), strip.y + strip.height / 2, { steps: 4 });
    await page.mouse.move(at(102), strip.y + strip.height / 2, { steps: 4 });
    await page.mouse.up();
    const range = await page.evaluate(() => window.talkgraph!.store.get().range);
    expect(range!.start).toBeGreaterThan(86);
    expect(range!.end).toBeLessThan(104);
    const shown = await page.evaluate(() => {
      const sigma = window.talkgraph!.stage.sigma;
      return window.talkgraph!.graph.filterNodes((n) => !sigma.getNodeDisplayData(n)!.hidden).sort();
    });
    expect(shown).toEqual(['google', 'halide', 'mit', 'mlir', 'tpu']);
    await expect(page.locator('.tg-timeline-caption').textContent()).resolves.toMatch(
      /^Showing what was said 1:2\d – 1:4\d$/,
    );
    await page.screenshot({ path: screenshotPath('timeline') });
    await page.getByRole('button', { name: 'Show all' }).click();
    expect(await page.evaluate(() => window.talkgraph!.store.get().range)).toBeNull();
    // A click, not a drag, opens the transcript where it was: 100 s is in the segment from 96 s.
    await page.mouse.click(at(100), strip.y + strip.height / 2);
    await expect(page.locator('.tg-seg.tg-current').getAttribute('data-index')).resolves.toBe('9');
    await page.close();
  });

  test('ForceAtlas2 runs in a worker and stops; theme toggles; PNG export downloads the view', async () => {
    await newPage();
    await open(page, writePage('layout', sampleGraph()));
    const before = await page.evaluate(() => window.talkgraph!.graph.getNodeAttributes('mlir'));
    await page.getByRole('button', { name: /Layout/ }).click();
    await page.waitForTimeout(700);
    await expect(page.getByRole('button', { name: /Stop layout/ }).getAttribute('aria-pressed')).resolves.toBe('true');
    await page.getByRole('button', { name: /Stop layout/ }).click();
    const after = await page.evaluate(() => window.talkgraph!.graph.getNodeAttributes('mlir'));
    expect([after.x, after.y]).not.toEqual([before.x, before.y]);
    await page.waitForTimeout(300);
    const stopped = await page.evaluate(() => window.talkgraph!.graph.getNodeAttributes('mlir'));
    expect([stopped.x, stopped.y]).toEqual([after.x, after.y]);

    await page.getByRole('button', { name: 'Toggle dark theme' }).click();
    await expect(page.locator('.tg-app').getAttribute('data-theme')).resolves.toBe('dark');
    expect(page.url()).toContain('theme=dark');
    await page.screenshot({ path: screenshotPath('dark') });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'PNG' }).click(),
    ]);
    const file = join(workDir, 'export.png');
    await download.saveAs(file);
    const png = readFileSync(file);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.length).toBeGreaterThan(5000);
    expect(seen.errors).toEqual([]);
    await page.close();
  });

  test('keyboard: / focuses search, arrows and Enter pick a suggestion, Escape closes the panel', async () => {
    await newPage();
    await open(page, writePage('keys', sampleGraph()));
    await page.locator('.tg-stage').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('/');
    await page.keyboard.type('zzq');
    await expect(page.locator('.tg-nomatch').textContent()).resolves.toBe('Nothing matches “zzq”');
    await page.keyboard.press('Escape');
    await expect(page.locator('.tg-suggestions').isHidden()).resolves.toBe(true);
    await page.keyboard.type('ken');
    await expect(page.locator('.tg-search-input').getAttribute('aria-expanded')).resolves.toBe('true');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await expect(page.locator('.tg-details .tg-title').textContent()).resolves.toBe('Ken Iverson');
    await page.locator('.tg-details .tg-link').first().focus();
    await page.keyboard.press('Escape');
    await expect(page.locator('.tg-side').isHidden()).resolves.toBe(true);

    // The map itself: arrows pan, + zooms (once the camera has finished moving to Ken Iverson).
    await page.waitForFunction(() => !window.talkgraph!.stage.sigma.getCamera().isAnimated());
    // The panel closed, the map widened: sigma has followed.
    await page.waitForFunction(() => {
      const sigma = window.talkgraph!.stage.sigma;
      return sigma.getDimensions().width === sigma.getContainer().clientWidth;
    });
    await page.locator('.tg-stage').focus();
    const before = await nodePosition(page, 'apl');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowUp');
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const after = await nodePosition(page, 'apl');
    expect(after.x).toBeLessThan(before.x - 10);
    expect(after.y).toBeGreaterThan(before.y + 10);
    const ratio = await page.evaluate(() => window.talkgraph!.stage.sigma.getCamera().getState().ratio);
    await page.keyboard.press('+');
    await page.waitForTimeout(400);
    expect(await page.evaluate(() => window.talkgraph!.stage.sigma.getCamera().getState().ratio)).toBeLessThan(ratio);
    await page.close();
  });

  test("a transcript of 130,000 segments opens in the panel (past the engine's argument-count limit)", async () => {
    const graph = sampleGraph();
    const episode = graph.attributes.episodes[0]!;
    const last = episode.segments.at(-1)!;
    const extra = Array.from({ length: 130_000 }, (_, i) => ({
      start: last.end! + i,
      end: last.end! + i + 1,
      speaker: null,
      text: `filler line ${i}`,
    }));
    episode.segments = [...episode.segments, ...extra];
    await newPage();
    await open(page, writePage('long-transcript', graph));
    await searchAndOpen('MLIR', 'MLIR');
    // Laying out 130,000 rows takes a while on a busy machine.
    page.setDefaultTimeout(150_000);
    await page.locator('.tg-section:has(h3:text("Mentions")) a.tg-ts').first().click();
    await expect(page.locator('.tg-seg.tg-current').getAttribute('data-index')).resolves.toBe(String(MLIR_SEGMENTS[0]));
    expect(await page.locator('.tg-transcript-body > .tg-seg').count()).toBe(episode.segments.length);
    expect(seen.errors).toEqual([]);
    await page.close();
  }, 400_000);

  test('several episodes: mentions name their episode, the timeline switches episodes', async () => {
    await newPage();
    await open(page, writePage('episodes', sampleGraph({ secondEpisode: true })));
    await searchAndOpen('MLIR', 'MLIR');
    await expect(page.locator('.tg-summary').textContent()).resolves.toBe('Mentioned 8 times in 2 episodes');
    const items = page.locator('.tg-section:has(h3:text("Mentions")) .tg-ev');
    await expect(items.nth(4).locator('.tg-episode').textContent()).resolves.toBe('Follow-up');
    await items.nth(4).locator('a.tg-ts').click();
    await expect(page.locator('.tg-transcript .tg-title').textContent()).resolves.toBe('Follow-up');
    await expect(page.locator('.tg-seg.tg-current').getAttribute('data-index')).resolves.toBe('6');
    await page.locator('.tg-timeline select').selectOption('follow-up');
    await expect(page.locator('.tg-timeline-caption').textContent()).resolves.toMatch(/^0:00 – 19:06/);
    expect(seen.errors).toEqual([]);
    await page.close();
  });

  /** Visible controls smaller than a finger (44 px) on either side. */
  async function smallTargets(target: Page | import('playwright-core').Frame): Promise<string[]> {
    return target.evaluate(() =>
      [...document.querySelectorAll('button, a[href], select, input:not([type=checkbox]), summary, label.tg-field')]
        .filter((e) => (e as HTMLElement).offsetParent !== null)
        .map((e) => ({ e, r: e.getBoundingClientRect() }))
        .filter(({ r }) => r.width > 0 && (r.width < 44 || r.height < 44))
        .map(
          ({ e, r }) =>
            `${e.tagName} "${(e.textContent || e.getAttribute('aria-label') || '').trim().slice(0, 24)}" ${Math.round(r.width)}x${Math.round(r.height)}`,
        ),
    );
  }

  /** The map, the details and the transcript as laid out: none may cover another. */
  async function regions(target: Page | import('playwright-core').Frame) {
    return target.evaluate(() => {
      const box = (selector: string) => {
        const el = document.querySelector<HTMLElement>(selector);
        if (!el || el.offsetParent === null) return null;
        const r = el.getBoundingClientRect();
        return { x0: r.left, y0: r.top, x1: r.right, y1: r.bottom };
      };
      return { map: box('.tg-canvas-wrap'), details: box('.tg-panel'), transcript: box('.tg-transcript') };
    });
  }
  type Region = { x0: number; y0: number; x1: number; y1: number } | null;
  const covers = (a: Region, b: Region) =>
    a !== null && b !== null && a.x0 < b.x1 - 1 && b.x0 < a.x1 - 1 && a.y0 < b.y1 - 1 && b.y0 < a.y1 - 1;

  test('phone (390x844, touch): the panels stack under the map, one at a time, every target 44 px', async () => {
    page = await browser.newPage({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    page.setDefaultTimeout(15_000);
    seen = watch(page);
    await open(page, writePage('touch', sampleGraph()));
    // The display card starts folded on a small screen, leaving the map visible.
    await expect(page.locator('.tg-card').getAttribute('open')).resolves.toBeNull();
    expect(await smallTargets(page)).toEqual([]);
    const mlir = await nodePosition(page, 'mlir');
    await page.touchscreen.tap(mlir.x, mlir.y);
    await expect(page.locator('.tg-details .tg-title').textContent()).resolves.toBe('MLIR');
    let r = await regions(page);
    expect(r.details!.y1 - r.details!.y0).toBeGreaterThan(250);
    expect(covers(r.map, r.details)).toBe(false);
    expect(await smallTargets(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('phone') });

    // A timestamp: the transcript takes the panel's place, the details come back when it closes.
    await page.locator('.tg-section:has(h3:text("Mentions")) a.tg-ts').nth(1).tap();
    await expect(page.locator('.tg-seg.tg-current mark.tg-hit').textContent()).resolves.toBe('MLIR');
    r = await regions(page);
    expect(r.details).toBeNull();
    expect(r.transcript!.y1 - r.transcript!.y0).toBeGreaterThan(250);
    expect(covers(r.map, r.transcript)).toBe(false);
    await expect(page.locator('.tg-close:visible').count()).resolves.toBe(1);
    expect(await smallTargets(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('phone-transcript') });
    await page.getByRole('button', { name: 'Close the transcript' }).tap();
    await expect(page.locator('.tg-details .tg-title').isVisible()).resolves.toBe(true);

    // The display card, opened: every control reachable by a finger.
    await page.getByRole('button', { name: 'Close the panel' }).tap();
    await page.locator('.tg-card summary').tap();
    expect(await smallTargets(page)).toEqual([]);
    expect(seen.errors).toEqual([]);
    await page.close();
  });

  test('a 760 px iframe gets the stacked layout too: the panel under the map, not over it', async () => {
    const url = writePage('iframe-inner', sampleGraph());
    writeFileSync(
      join(workDir, 'iframe-host.html'),
      `<!doctype html><meta charset="utf-8"><body style="margin:0"><iframe src="${url}?embed=1" style="width:760px;height:520px;border:0"></iframe></body>`,
    );
    await newPage(1200, 700);
    await page.goto(`file://${join(workDir, 'iframe-host.html')}`);
    const frame = page.frames().find((f) => f.url().startsWith(url))!;
    await frame.waitForFunction(() => window.talkgraph?.stage !== undefined);
    await frame.evaluate(() => window.talkgraph!.store.set({ node: 'mlir' }));
    await frame.locator('.tg-details .tg-title').waitFor();
    const r = await regions(frame);
    expect(r.map!.y1).toBeLessThanOrEqual(r.details!.y0 + 1);
    expect(covers(r.map, r.details)).toBe(false);
    await page.screenshot({ path: screenshotPath('iframe-760') });
    expect(seen.errors).toEqual([]);
    await page.close();
  });

  test('episodes: filter them in the panel, colour by episode', async () => {
    await newPage();
    await open(page, writePage('episode-filter', sampleGraph({ secondEpisode: true })));
    await page.locator('.tg-episodes summary').click();
    await expect(page.locator('.tg-episodes summary').textContent()).resolves.toBe('Episodes: all 2');
    await page.locator('.tg-episodes input[data-episode="array-languages"]').uncheck();
    await expect(page.locator('.tg-episodes summary').textContent()).resolves.toBe('Episodes: 1 of 2');
    const shown = await page.evaluate(() => {
      const sigma = window.talkgraph!.stage.sigma;
      return window.talkgraph!.graph.filterNodes((n) => !sigma.getNodeDisplayData(n)!.hidden);
    });
    expect(shown).toEqual(['mlir']);
    expect(page.url()).toContain('episodes=follow-up');
    await page.locator('.tg-episodes').getByRole('button', { name: 'All' }).click();
    await page.selectOption('select[name=color]', 'episode');
    const colours = await page.evaluate(() => {
      const sigma = window.talkgraph!.stage.sigma;
      return { apl: sigma.getNodeDisplayData('apl')!.color, mlir: sigma.getNodeDisplayData('mlir')!.color };
    });
    // APL is said in the first episode only, MLIR in both.
    expect(colours.apl).not.toBe(colours.mlir);
    await expect(page.locator('.tg-several').isVisible()).resolves.toBe(true);
    expect(seen.errors).toEqual([]);
    await page.close();
  });

  test('a large graph opens on its most mentioned nodes, every default shown and changeable in the panel', async () => {
    await newPage();
    const data = crowdedGraph(8, 60);
    await open(page, writePage('large-defaults', data));
    const min = Number(await page.locator('input[name=min]').inputValue());
    expect(min).toBeGreaterThan(1);
    await expect(page.locator('input[name=isolated]').isChecked()).resolves.toBe(false);
    await expect(page.locator('.tg-shown').textContent()).resolves.toMatch(/^\d+ of 488 nodes shown$/);
    const labels = await drawnLabels(page);
    expect(labels.length).toBeGreaterThan(5);
    expect(labels.length).toBeLessThanOrEqual(Number(await page.locator('input[name=labels]').inputValue()));
    expect(overlapping(labels)).toEqual([]);
    // Nothing of that in the URL: these are this graph's defaults.
    expect(page.url()).not.toContain('#min');
    await page.locator('input[name=min]').fill('1');
    await expect(page.locator('.tg-shown').textContent()).resolves.toBe('All 488 nodes');
    expect(page.url()).toContain('min=1');
    await page.screenshot({ path: screenshotPath('large-defaults') });
    expect(seen.errors).toEqual([]);
    await page.close();
  });

  test('<talkgraph-map src="graph.json"> renders from one script on any page', async () => {
    writeFileSync(join(workDir, 'graph.json'), JSON.stringify(sampleGraph()));
    writeFileSync(join(workDir, 'talkgraph-map.js'), viewerScript());
    writeFileSync(
      join(workDir, 'post.html'),
      '<!doctype html><meta charset="utf-8"><title>Post</title><body style="font-family:serif;max-width:760px;margin:40px auto"><h1>A blog post</h1><p>Here is the map:</p><talkgraph-map src="graph.json" controls></talkgraph-map><p>The end.</p><script src="talkgraph-map.js"></script></body>',
    );
    const fetched: string[] = [];
    const server: Server = createServer((req, res) => {
      const name = (req.url ?? '/').split('?')[0]!.slice(1);
      fetched.push(name);
      try {
        const body = readFileSync(join(workDir, name));
        res.writeHead(200, {
          'content-type': name.endsWith('.js')
            ? 'text/javascript'
            : name.endsWith('.json')
              ? 'application/json'
              : 'text/html',
        });
        res.end(body);
      } catch {
        res.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const port = (server.address() as { port: number }).port;
      await newPage(900, 800);
      await page.goto(`http://127.0.0.1:${port}/post.html`);
      await page.locator('talkgraph-map .tg-stage canvas').first().waitFor();
      await page.waitForTimeout(300);
      expect((await paintedPixels(page, 'talkgraph-map', '#76b7b2')).matching).toBeGreaterThan(200);
      await page.screenshot({ path: screenshotPath('element') });
      // One request for the graph, however the element was set up.
      expect(fetched.filter((f) => f === 'graph.json')).toHaveLength(1);
      // "Copy link" copies the map's own page (beside graph.json) at this view, not the blog post.
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.locator('talkgraph-map .tg-card summary').click();
      await page.locator('talkgraph-map select[name=color]').selectOption('community');
      await page.locator('talkgraph-map').getByRole('button', { name: 'Copy link' }).click();
      await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(
        `http://127.0.0.1:${port}/index.html#color=community`,
      );
      expect(seen.errors).toEqual([]);
      await page.close();
    } finally {
      server.close();
    }
  });
});
