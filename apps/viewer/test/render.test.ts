import { describe, expect, test } from '@jest/globals';
import { embedSnippets, escapeHtml, renderHtml, scriptSafeJson, viewerScript } from '../src/node/index.js';
import { sampleGraph } from './fixtures/sample-graph.js';

describe('renderHtml', () => {
  const html = renderHtml(sampleGraph(), { title: 'Array languages & <compilers>' });

  test('is one self-contained file: no external scripts, styles or fetches', () => {
    expect(html).not.toMatch(/<script[^>]+src=/i);
    expect(html).not.toMatch(/<link[^>]+href=/i);
    expect(html).toMatch(/Content-Security-Policy/);
    expect(html).toMatch(/default-src 'none'/);
    // The graph and the bundle are inlined.
    expect(html).toContain('<script type="application/json" id="talkgraph-data">');
    expect(html).toContain('Chris Lattner');
  });

  test('escapes the title and is deterministic', () => {
    expect(html).toContain('<title>Array languages &#38; &#60;compilers&#62;</title>');
    expect(renderHtml(sampleGraph(), { title: 'Array languages & <compilers>' })).toBe(html);
  });

  test('embed mode is a flag on the document', () => {
    expect(renderHtml(sampleGraph(), { title: 't', embed: true })).toContain('<html lang="en" data-embed="1">');
    expect(html).toContain('<html lang="en">');
  });

  test('graph text cannot close the data script', () => {
    const graph = sampleGraph({ hostile: '</script><script>alert(1)</script><!--' });
    const page = renderHtml(graph, { title: 't' });
    const data = page.slice(
      page.indexOf('id="talkgraph-data">'),
      page.indexOf('</script>', page.indexOf('id="talkgraph-data">')),
    );
    expect(data).not.toMatch(/<\/script|<!--/i);
    expect(JSON.parse(data.slice('id="talkgraph-data">'.length))).toEqual(JSON.parse(JSON.stringify(graph)));
    expect(page.match(/<\/script>/g)).toHaveLength(2);
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
