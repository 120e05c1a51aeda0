import { describe, expect, test } from '@jest/globals';
import { gunzipSync } from 'node:zlib';
import { embedSnippets, escapeHtml, renderHtml, scriptSafeJson, viewerScript } from '../src/node/index.js';
import { sampleGraph } from './fixtures/sample-graph.js';
import { unpackSegments } from '../src/browser/core/content.js';
import { packSegments } from '../src/node/pack.js';

/** The text of each packed script of a page: the graph (under "graph") and each transcript (by episode id). */
function unpacked(page: string): Map<string, string> {
  const scripts = page.matchAll(
    /<script type="application\/gzip" (?:id="talkgraph-data"|data-transcript="([^"]*)")>([^<]*)</g,
  );
  return new Map([...scripts].map((m) => [m[1] ?? 'graph', gunzipSync(Buffer.from(m[2]!, 'base64')).toString('utf8')]));
}

describe('renderHtml', () => {
  const html = renderHtml(sampleGraph(), { title: 'Array languages & <compilers>' });

  test('is one self-contained file: no external scripts, styles or fetches', () => {
    expect(html).not.toMatch(/<script[^>]+src=/i);
    expect(html).not.toMatch(/<link[^>]+href=/i);
    expect(html).toMatch(/Content-Security-Policy/);
    expect(html).toMatch(/default-src 'none'/);
    // The graph and the bundle are inlined, the graph gzipped.
    expect(unpacked(html).get('graph')).toContain('Chris Lattner');
  });

  test('escapes the title and is deterministic', () => {
    expect(html).toContain('<title>Array languages &#38; &#60;compilers&#62;</title>');
    expect(renderHtml(sampleGraph(), { title: 'Array languages & <compilers>' })).toBe(html);
  });

  test('embed mode is a flag on the document', () => {
    expect(renderHtml(sampleGraph(), { title: 't', embed: true })).toContain('<html lang="en" data-embed="1">');
    expect(html).toContain('<html lang="en">');
  });

  test('graph text cannot close a data script, and the graph and its transcripts unpack to graph.json', () => {
    const graph = sampleGraph({ hostile: '</script><script>alert(1)</script><!--' });
    const page = renderHtml(graph, { title: 't' });
    const packed = unpacked(page);
    const episodes = graph.attributes.episodes;
    expect([...packed.keys()]).toEqual(['graph', ...episodes.map((e) => e.id)]);
    expect(page.match(/<\/script>/g)).toHaveLength(2 + episodes.length);
    // The page's graph is graph.json with each episode's segments in a script of their own.
    const inPage = JSON.parse(packed.get('graph')!);
    inPage.attributes.episodes.forEach((e: { id: string; segments: unknown }) => {
      expect(e.segments).toEqual([]);
      e.segments = unpackSegments(JSON.parse(packed.get(e.id)!));
    });
    expect(inPage).toEqual(JSON.parse(JSON.stringify(graph)));
    expect(JSON.stringify(inPage)).toContain('</script>');
  });

  test('segments packed by column come back as they were, times in milliseconds or not', () => {
    const captions = [
      { start: 0.5, end: 2.25, speaker: 'Ana', text: 'one' },
      { start: null, end: null, speaker: null, text: 'two' },
      { start: 3601.125, end: 3602, speaker: null, text: 'three' },
      { start: null, end: 3700.1, speaker: 'Ben', text: 'four' },
    ];
    const precise = [{ start: 1.0000001, end: 2.5, speaker: null, text: 'five' }, ...captions];
    for (const segments of [captions, precise, []])
      expect(unpackSegments(JSON.parse(packSegments(segments)))).toEqual(segments);
    expect(JSON.parse(packSegments(captions)).start).toEqual([500, null, 3600625, null]);
  });

  test('stays under the size budget with room for a real graph', () => {
    expect(Buffer.byteLength(html)).toBeLessThan(600_000);
  });
});

describe('helpers', () => {
  test('scriptSafeJson escapes what could end a script and parses back', () => {
    const value = { a: '</script>\u2028\u2029<!-- & >' };
    const json = scriptSafeJson(value);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual(value);
  });

  test('escapeHtml', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;');
  });

  test('the custom element script defines <talkgraph-map> and the snippets use it', () => {
    expect(viewerScript()).toContain('talkgraph-map');
    const { iframe, element } = embedSnippets('https://example.org/map/');
    expect(iframe).toContain('src="https://example.org/map/index.html?embed=1"');
    expect(element).toContain('<talkgraph-map src="https://example.org/map/graph.json">');
  });
});
