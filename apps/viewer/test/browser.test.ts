import { afterAll, beforeAll, expect, jest, test } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { describeWithChromium } from '@talkgraph/testkit';
import { viewerScript } from '../src/node/index.js';
import { sampleGraph, SEGMENTS } from './fixtures/sample-graph.js';
import { launch, nodePosition, open, paintedPixels, screenshotPath, watch, workDir, writePage } from './support.js';

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
    // The entity's names are marked in the segment.
    expect(await current.locator('mark').allTextContents()).toEqual(['MLIR']);
    // Scrolled into the panel's view.
    const body = (await page.locator('.tg-transcript-body').boundingBox())!;
    const box = (await current.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(body.y - 1);
    expect(box.y + box.height).toBeLessThanOrEqual(body.y + body.height + 1);
    expect(page.url()).toContain('segment=array-languages*9');
    await page.screenshot({ path: screenshotPath('mlir-transcript') });
    expect(seen.errors).toEqual([]);
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
    // Its hostile name is marked, still as text.
    await expect(page.locator('.tg-seg.tg-current mark').first().textContent()).resolves.toBe(`Halide ${hostile}`);
    await expect(page.locator('.tg-seg.tg-current .tg-speaker').textContent()).resolves.toBe(hostile);
    await page.locator('.tg-search-input').fill('MLIR');
    await expect(page.locator('.tg-option-label').first().textContent()).resolves.toBe(`MLIR ${hostile}`);
    await page.waitForTimeout(300);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.evaluate(() => document.querySelectorAll('script').length)).toBe(2);
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
    await page.mouse.move(swift.x, swift.y);
    await page.waitForTimeout(150);
    const display = await page.evaluate(() => {
      const sigma = window.talkgraph!.stage.sigma;
      return { google: sigma.getNodeDisplayData('google')!, apple: sigma.getNodeDisplayData('apple')! };
    });
    expect(display.google.label).toBe('');
    expect(display.google.color).not.toBe('#f28e2b');
    expect(display.apple.color).toBe('#f28e2b');
    await page.mouse.move(5, 400);

    const a = await nodePosition(page, 'halide');
    const b = await nodePosition(page, 'mit');
    await page.mouse.click((a.x + b.x) / 2, (a.y + b.y) / 2);
    await expect(page.locator('.tg-details').getAttribute('data-edge')).resolves.toBe('halide->part_of->mit');
    await expect(page.locator('.tg-details .tg-quote').first().textContent()).resolves.toBe(SEGMENTS[8]![2]);
    await expect(page.locator('.tg-details a.tg-ts').first().getAttribute('data-seconds')).resolves.toBe('90');
    // From the node panel too.
    await page.locator('.tg-details .tg-link', { hasText: 'MIT' }).click();
    await expect(page.locator('.tg-details .tg-title').textContent()).resolves.toBe('MIT');
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

  test('touch: on a phone, tapping a node opens its panel', async () => {
    page = await browser.newPage({ viewport: { width: 390, height: 760 }, hasTouch: true, isMobile: true });
    page.setDefaultTimeout(15_000);
    seen = watch(page);
    await open(page, writePage('touch', sampleGraph()));
    // The display card starts folded on a small screen, leaving the map visible.
    await expect(page.locator('.tg-card').getAttribute('open')).resolves.toBeNull();
    const mlir = await nodePosition(page, 'mlir');
    await page.touchscreen.tap(mlir.x, mlir.y);
    await expect(page.locator('.tg-details .tg-title').textContent()).resolves.toBe('MLIR');
    await expect(page.locator('.tg-side').isVisible()).resolves.toBe(true);
    await page.screenshot({ path: screenshotPath('phone') });
    expect(seen.errors).toEqual([]);
    await page.close();
  });

  test('<talkgraph-map src="graph.json"> renders from one script on any page', async () => {
    writeFileSync(join(workDir, 'graph.json'), JSON.stringify(sampleGraph()));
    writeFileSync(join(workDir, 'talkgraph-map.js'), viewerScript());
    writeFileSync(
      join(workDir, 'post.html'),
      '<!doctype html><meta charset="utf-8"><title>Post</title><body style="font-family:serif;max-width:760px;margin:40px auto"><h1>A blog post</h1><p>Here is the map:</p><talkgraph-map src="graph.json"></talkgraph-map><p>The end.</p><script src="talkgraph-map.js"></script></body>',
    );
    const server: Server = createServer((req, res) => {
      const name = (req.url ?? '/').split('?')[0]!.slice(1);
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
      await expect(page.locator('talkgraph-map .tg-header').isVisible()).resolves.toBe(false);
      await page.screenshot({ path: screenshotPath('element') });
      expect(seen.errors).toEqual([]);
      await page.close();
    } finally {
      server.close();
    }
  });
});
