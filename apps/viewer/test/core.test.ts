import { describe, expect, test } from '@jest/globals';
import { isEdgeShown, isNodeShown, visibleItems, type Filters } from '../src/browser/core/filters.js';
import Graph from 'graphology';
import { ensurePositions, namesOf, sanitize, summarizeCommunities } from '../src/browser/core/graph-view.js';
import { findTerms } from '../src/browser/core/highlight.js';
import { mediaLinkAt } from '../src/browser/core/links.js';
import { communityColor, kindColor, kindName, mix } from '../src/browser/core/palette.js';
import { buildSearchIndex, normalize, suggest } from '../src/browser/core/search.js';
import { sizesBy } from '../src/browser/core/sizing.js';
import { formatTimestamp } from '../src/browser/core/time.js';
import { decodeState, DEFAULT_STATE, encodeState, isEmbedUrl, type ViewState } from '../src/browser/core/url-state.js';
import { sampleGraph } from './fixtures/sample-graph.js';

const graph = sampleGraph();
const node = (key: string) => graph.nodes.find((n) => n.key === key)!.attributes;
const noFilters: Filters = { hiddenKinds: new Set(), minMentions: 1, hideCooccurs: false, range: null };

describe('search', () => {
  const index = buildSearchIndex(
    graph.nodes.map((n) => ({
      key: n.key,
      label: n.attributes.label,
      aliases: n.attributes.aliases.map((a) => a.surface),
      weight: n.attributes.pagerank,
    })),
  );

  test('finds a name, case-insensitively, best match first', () => {
    expect(suggest(index, 'mlir')[0]).toEqual({ key: 'mlir', label: 'MLIR', alias: null });
    expect(suggest(index, 'LATT').map((s) => s.key)).toEqual(['chris-lattner']);
  });

  test('finds misheard aliases, with or without their spaces', () => {
    expect(suggest(index, 'ml ir')[0]!.key).toBe('mlir');
    expect(suggest(index, 'mli')[0]!.key).toBe('mlir');
  });

  test('prefers a name to a word inside a name, and ranks equal matches by weight', () => {
    const keys = suggest(index, 'j').map((s) => s.key);
    expect(keys[0]).toBe('j-language');
    expect(suggest(index, 'zzz')).toEqual([]);
    expect(suggest(index, '   ')).toEqual([]);
  });

  test('normalizes accents and punctuation but keeps C++ and C#', () => {
    expect(normalize('  Café-Noir ')).toBe('cafe noir');
    expect(normalize('C++')).toBe('c++');
    expect(normalize('C#')).toBe('c#');
  });
});

describe('media links', () => {
  test('YouTube watch URLs get &t=…s, short links ?t=…s', () => {
    expect(mediaLinkAt('https://www.youtube.com/watch?v=abc123', 1121.7)).toBe(
      'https://www.youtube.com/watch?v=abc123&t=1121s',
    );
    expect(mediaLinkAt('https://youtu.be/abc123', 75)).toBe('https://youtu.be/abc123?t=75s');
    expect(mediaLinkAt('https://www.youtube.com/watch?v=abc123&t=5s', 9)).toBe(
      'https://www.youtube.com/watch?v=abc123&t=9s',
    );
  });

  test('other media get a media fragment; Vimeo its own', () => {
    expect(mediaLinkAt('https://example.org/ep1.mp3', 61)).toBe('https://example.org/ep1.mp3#t=61');
    expect(mediaLinkAt('https://vimeo.com/123', 61)).toBe('https://vimeo.com/123#t=61s');
  });

  test('never links anything but http(s)', () => {
    expect(mediaLinkAt('javascript:alert(1)', 3)).toBeNull();
    expect(mediaLinkAt('data:text/html,hi', 3)).toBeNull();
    expect(mediaLinkAt('not a url', 3)).toBeNull();
  });
});

describe('filters', () => {
  test('kinds, minimum mentions and time range hide nodes', () => {
    expect(isNodeShown(node('mlir'), noFilters)).toBe(true);
    expect(isNodeShown(node('mlir'), { ...noFilters, hiddenKinds: new Set(['Software']) })).toBe(false);
    expect(isNodeShown(node('llvm'), { ...noFilters, minMentions: 2 })).toBe(false);
    expect(isNodeShown(node('mlir'), { ...noFilters, minMentions: 4 })).toBe(true);
    const range = { episode: 'array-languages', start: 88, end: 100 };
    expect(isNodeShown(node('mit'), { ...noFilters, range })).toBe(true);
    expect(isNodeShown(node('apl'), { ...noFilters, range })).toBe(false);
    expect(isNodeShown(node('mit'), { ...noFilters, range: { ...range, episode: 'other' } })).toBe(false);
  });

  test('co-occurrence edges can be hidden; edges need both ends', () => {
    const co = graph.edges.find((e) => e.attributes.relation === 'co_occurs')!;
    expect(isEdgeShown(co.attributes, noFilters)).toBe(true);
    expect(isEdgeShown(co.attributes, { ...noFilters, hideCooccurs: true })).toBe(false);
    const shown = visibleItems(
      graph.nodes.map((n) => [n.key, n.attributes]),
      graph.edges.map((e) => [e.key, e.source, e.target, e.attributes]),
      { ...noFilters, hiddenKinds: new Set(['Person']) },
    );
    expect(shown.nodes.has('chris-lattner')).toBe(false);
    expect(shown.edges.has('chris-lattner->created->swift')).toBe(false);
    expect(shown.edges.has('mlir->based_on->llvm')).toBe(true);
  });
});

describe('URL state', () => {
  test('defaults encode to nothing', () => {
    expect(encodeState(DEFAULT_STATE)).toBe('');
    expect(decodeState('')).toEqual(DEFAULT_STATE);
  });

  test('round-trips every field', () => {
    const state: ViewState = {
      node: 'chris-lattner',
      edge: 'mlir->based_on->llvm',
      colorBy: 'community',
      sizeBy: 'mentions',
      hiddenKinds: ['Organization', 'Person'],
      minMentions: 3,
      hideCooccurs: true,
      range: { episode: 'ep*with*stars', start: 12.5, end: 80 },
      segment: { episode: 'array-languages', index: 7 },
      camera: { x: 0.5123, y: 0.25, ratio: 0.33 },
      theme: 'dark',
    };
    const fragment = encodeState(state);
    expect(decodeState(`#${fragment}`)).toEqual(state);
    expect(encodeState(decodeState(fragment))).toBe(fragment);
  });

  test('malformed values fall back to defaults', () => {
    const s = decodeState('min=-3&hide=Nope*Person&camera=1*x*2&range=a*9*1&segment=ep*1.5&color=red&theme=blue');
    expect(s.minMentions).toBe(1);
    expect(s.hiddenKinds).toEqual(['Person']);
    expect(s.camera).toBeNull();
    expect(s.range).toBeNull();
    expect(s.segment).toBeNull();
    expect(s.colorBy).toBe('kind');
    expect(s.theme).toBeNull();
  });

  test('embed flag from query or fragment', () => {
    expect(isEmbedUrl('?embed=1', '')).toBe(true);
    expect(isEmbedUrl('', '#node=x&embed=1')).toBe(true);
    expect(isEmbedUrl('?embed=0', '')).toBe(false);
    expect(isEmbedUrl('', '')).toBe(false);
  });
});

describe('graph views', () => {
  const g = Graph.from(sampleGraph()) as unknown as Parameters<typeof summarizeCommunities>[0];

  test('communities are listed largest first, named after their highest-PageRank member', () => {
    const summary = summarizeCommunities(g);
    expect(summary.map((c) => [c.community, c.size])).toEqual([
      [0, 5],
      [2, 4],
      [1, 3],
      [3, 2],
    ]);
    expect(summary[0]!.label).toBe('APL');
  });

  test('names to mark: the label and aliases of a node, or of both ends of an edge', () => {
    const state = decodeState('');
    expect(namesOf(g, { ...state, node: 'mlir' })).toEqual(['MLIR', 'ml ir', 'MLIR']);
    expect(namesOf(g, { ...state, edge: 'halide->part_of->mit' })).toEqual(['Halide', 'Halide', 'MIT', 'MIT']);
    expect(namesOf(g, state)).toEqual([]);
  });

  test('links naming missing things are cleaned; nodes without positions go on a circle', () => {
    expect(sanitize({ ...decodeState(''), node: 'nope', edge: 'mlir->based_on->llvm' }, g)).toMatchObject({
      node: null,
      edge: 'mlir->based_on->llvm',
    });
    const data = sampleGraph();
    data.nodes[0]!.attributes.x = NaN;
    const h = Graph.from(data) as unknown as typeof g;
    ensurePositions(h);
    expect(h.getNodeAttribute(data.nodes[0]!.key, 'x')).toBe(100);
    expect(h.getNodeAttribute(data.nodes[1]!.key, 'x')).toBe(data.nodes[1]!.attributes.x);
  });
});

describe('transcript marks', () => {
  test('finds names as whole words, case-insensitively, longest first, without overlaps', () => {
    const text = 'and Chris also started ml ir; Chris Lattner leads MLIR, not mlirx';
    const spans = findTerms(text, ['MLIR', 'ml ir', 'Chris', 'Chris Lattner', '']);
    expect(spans.map(([s, e]) => text.slice(s, e))).toEqual(['Chris', 'ml ir', 'Chris Lattner', 'MLIR']);
    expect(findTerms('nothing here', ['MLIR'])).toEqual([]);
  });
});

describe('display helpers', () => {
  test('timestamps read like a player', () => {
    expect(formatTimestamp(0)).toBe('0:00');
    expect(formatTimestamp(75.9)).toBe('1:15');
    expect(formatTimestamp(3725)).toBe('1:02:05');
  });

  test('sizes follow the square root of the measure, within bounds', () => {
    const sizes = sizesBy(
      new Map([
        ['a', 0],
        ['b', 25],
        ['c', 100],
      ]),
    );
    expect(sizes.get('a')).toBe(3);
    expect(sizes.get('c')).toBe(18);
    expect(sizes.get('b')).toBeCloseTo(3 + 0.5 * 15);
  });

  test('colours and names', () => {
    expect(mix('#000000', '#ffffff', 0.5)).toBe('#808080');
    expect(communityColor(0)).toBe(communityColor(12));
    expect(kindName('ProgrammingLanguage')).toBe('Programming language');
    expect(kindColor('Person')).toBe('#4e79a7');
    expect(kindColor('constructor' as never)).toBe('#888888');
  });
});
