import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { corpusFile, describeWithChromium, describeWithCorpus, REPO_ROOT, SAMPLE_TRANSCRIPT } from '@talkgraph/testkit';
import type { SerializedTalkGraph } from '@talkgraph/graph';
import { launch, open, paintedPixels, screenshotPath, watch, workDir } from './support.js';

// A real browser on a shared machine: allow for a slow start.
jest.setTimeout(60_000);

// `talkgraph build` on a transcript, opened as a user would (runs the built CLI).
function checkBuiltPage(name: string, transcript: string, describeIt: (name: string, fn: () => void) => void) {
  describeIt(name, () => {
    const out = join(workDir, name.replace(/\W+/g, '-'));
    let browser: Browser;
    let page: Page;
    let graph: SerializedTalkGraph;

    beforeAll(async () => {
      execFileSync(
        process.execPath,
        [join(REPO_ROOT, 'apps/cli/bin/talkgraph.js'), 'build', transcript, '--out', out, '--quiet'],
        { stdio: 'pipe' },
      );
      graph = JSON.parse(readFileSync(join(out, 'graph.json'), 'utf8')) as SerializedTalkGraph;
      browser = await launch();
    }, 60_000);
    afterAll(async () => {
      await browser?.close();
    });

    test('index.html is under 1.5 MB', () => {
      expect(statSync(join(out, 'index.html')).size).toBeLessThan(1_500_000);
    });

    test('opens from file://, drawn; MLIR links its mentions to the transcript at the right seconds', async () => {
      page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      page.setDefaultTimeout(15_000);
      const seen = watch(page);
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      await open(page, pathToFileURL(join(out, 'index.html')).href);
      expect((await paintedPixels(page, '.tg-stage')).painted).toBeGreaterThan(5000);

      await page.locator('.tg-search-input').fill('MLIR');
      await page.keyboard.press('Enter');
      await expect(page.locator('.tg-details .tg-title').textContent()).resolves.toBe('MLIR');
      const mlir = graph.nodes.find((n) => n.attributes.label === 'MLIR')!.attributes;
      const links = page.locator('.tg-section:has(h3:text("Mentions")) a.tg-ts');
      const seconds = await links.evaluateAll((as) => as.map((a) => Number(a.getAttribute('data-seconds'))));
      expect(seconds).toEqual(mlir.mentions.map((m) => Math.floor(m.start!)));
      expect(seconds.length).toBeGreaterThan(0);

      const last = mlir.mentions.length - 1;
      await links.nth(last).click();
      const segment = mlir.mentions[last]!.segment;
      const current = page.locator('.tg-transcript .tg-seg.tg-current');
      await expect(current.getAttribute('data-index')).resolves.toBe(String(segment));
      const episode = graph.attributes.episodes.find((e) => e.id === mlir.mentions[last]!.episode)!;
      await expect(current.locator('.tg-seg-text').textContent()).resolves.toBe(episode.segments[segment]!.text);
      await expect(current.isVisible()).resolves.toBe(true);
      await page.screenshot({ path: screenshotPath(`${name.replace(/\W+/g, '-')}-mlir`) });
      expect(seen.errors).toEqual([]);
      // Self-contained: the page itself and nothing from the network.
      expect(
        requests.filter((url) => !url.startsWith('file:') && !url.startsWith('data:') && !url.startsWith('blob:')),
      ).toEqual([]);
      expect(requests.filter((url) => url.startsWith('file:'))).toHaveLength(1);
      await page.close();
    });
  });
}

describeWithChromium('pages built by talkgraph build', () => {
  checkBuiltPage('the bundled sample', SAMPLE_TRANSCRIPT, describe);
  // A two-hour conversation of real auto-captions: its page must stay under the 1.5 MB budget.
  checkBuiltPage('the auto-captioned conversation', corpusFile('000_f927fa2ca80fe165.txt'), describeWithCorpus);
});
