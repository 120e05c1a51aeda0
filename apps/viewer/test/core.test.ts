import { describe, expect, test } from '@jest/globals';
import { isEdgeShown, isNodeShown, visibleItems, type Filters } from '../src/browser/core/filters.js';
import Graph from 'graphology';
import { viewDefaults } from '../src/browser/core/defaults.js';
import { drawingFor } from '../src/browser/core/drawing.js';
import { episodeOf } from '../src/browser/core/episodes.js';
import { ensurePositions, namesOf, sanitize, summarizeCommunities } from '../src/browser/core/graph-view.js';
import { findTerms, locateQuote } from '../src/browser/core/highlight.js';
import { labelBox, placeLabels, type LabelCandidate } from '../src/browser/core/labels.js';
import { mediaLinkAt } from '../src/browser/core/links.js';
import { communityColor, kindColor, kindName, mix } from '../src/browser/core/palette.js';
import { buildSearchIndex, normalize, suggest } from '../src/browser/core/search.js';
import { sizesBy } from '../src/browser/core/sizing.js';
import { formatTimestamp } from '../src/browser/core/time.js';
import { decodeState, DEFAULT_STATE, encodeState, isEmbedUrl, type ViewState } from '../src/browser/core/url-state.js';
import { sampleGraph } from './fixtures/sample-graph.js';

const graph = sampleGraph();
const node = (key: string) => graph.nodes.find((n) => n.key === key)!.attributes;
const noFilters: Filters = {
  hiddenKinds: new Set(),
  minMentions: 1,
  episodes: null,
  hideIsolated: false,
  hideCooccurs: false,
  range: null,
};
const items = (data = graph) =>
  [
    data.nodes.map((n) => [n.key, n.attributes] as [string, (typeof n)['attributes']]),
    data.edges.map(
      (e) => [e.key, e.source, e.target, e.attributes] as [string, string, string, (typeof e)['attributes']],
    ),
  ] as const;

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

  test('forgives a typo or two, ranking exact matches first', () => {
    expect(suggest(index, 'Lattnr')[0]!.key).toBe('chris-lattner');
    expect(suggest(index, 'chris latner')[0]!.key).toBe('chris-lattner');
    expect(suggest(index, 'lattner chris')[0]!.key).toBe('chris-lattner');
    expect(suggest(index, 'Iversen')[0]!.key).toBe('ken-iverson');
    expect(suggest(index, 'hallide')[0]!.key).toBe('halide');
    // Short words get no typos: "apk" is not APL.
    expect(suggest(index, 'apk')).toEqual([]);
    expect(suggest(index, 'qwerty')).toEqual([]);
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

  test('episodes: only what was said in them', () => {
    const two = sampleGraph({ secondEpisode: true });
    const mlir = two.nodes.find((n) => n.key === 'mlir')!.attributes;
    expect(isNodeShown(mlir, { ...noFilters, episodes: new Set(['follow-up']) })).toBe(true);
    expect(isNodeShown(node('apl'), { ...noFilters, episodes: new Set(['follow-up']) })).toBe(false);
    const shown = visibleItems(...items(two), { ...noFilters, episodes: new Set(['follow-up']) });
    expect(shown.nodes.size).toBeGreaterThan(0);
    for (const key of shown.nodes)
      expect(two.nodes.find((n) => n.key === key)!.attributes.episodes).toContain('follow-up');
    for (const key of shown.edges)
      expect(two.edges.find((e) => e.key === key)!.attributes.episodes).toContain('follow-up');
  });

  test('isolated nodes: linked to no shown node, hidden co-occurrence lines still counting', () => {
    const data = sampleGraph();
    data.edges = data.edges.filter((e) => e.source !== 'tpu' && e.target !== 'tpu');
    const hidden = visibleItems(...items(data), { ...noFilters, hideIsolated: true });
    expect(visibleItems(...items(data), noFilters).nodes.has('tpu')).toBe(true);
    // TPU, and Google, whose one link was to TPU.
    expect([...visibleItems(...items(data), noFilters).nodes].filter((n) => !hidden.nodes.has(n)).sort()).toEqual([
      'google',
      'tpu',
    ]);
    // Apple's one link is a co-occurrence with Swift: not drawn, still a link.
    const noLines = visibleItems(...items(data), { ...noFilters, hideIsolated: true, hideCooccurs: true });
    expect(noLines.nodes.has('apple')).toBe(true);
    // Hiding a node's only neighbour leaves it isolated.
    const noLanguages = visibleItems(...items(data), {
      ...noFilters,
      hideIsolated: true,
      hiddenKinds: new Set(['ProgrammingLanguage']),
    });
    expect(noLanguages.nodes.has('apple')).toBe(false);
  });
});

describe('defaults chosen from the size', () => {
  test('a small graph shows everything', () => {
    expect(viewDefaults([5, 1, 1, 2])).toEqual(DEFAULT_STATE);
  });

  test('a large one opens on its most mentioned nodes, isolated ones hidden, the top ones labelled', () => {
    const counts = Array.from({ length: 3000 }, (_, i) => (i < 100 ? 50 : i < 350 ? 12 : i < 1000 ? 3 : 1));
    const d = viewDefaults(counts);
    expect(d.minMentions).toBe(4);
    expect(counts.filter((c) => c >= d.minMentions).length).toBeLessThanOrEqual(400);
    expect(d.hideIsolated).toBe(true);
    expect(d.labels).toBeLessThan(100);
    // All alike: the minimum never hides everything.
    expect(viewDefaults(Array.from({ length: 3000 }, () => 2)).minMentions).toBe(2);
  });

  test('links record what differs from the graph’s own defaults', () => {
    const d = viewDefaults(Array.from({ length: 3000 }, (_, i) => (i < 300 ? 9 : 1)));
    expect(encodeState(d, d)).toBe('');
    expect(encodeState({ ...d, minMentions: 1, hideIsolated: false }, d)).toBe('min=1&isolated=1');
    expect(decodeState('min=1&isolated=1', d)).toEqual({ ...d, minMentions: 1, hideIsolated: false });
    expect(decodeState('', d)).toEqual(d);
  });
});

describe('drawing settings by cost', () => {
  test('the full look for what a frame can afford, lines then points beyond', () => {
    expect(drawingFor(168, 281).mode).toBe('full');
    expect(drawingFor(400, 2300).mode).toBe('lines');
    expect(drawingFor(1000, 5000).mode).toBe('light');
    expect(drawingFor(10_000, 50_000).mode).toBe('light');
    expect(drawingFor(10_000, 50_000).edgeEvents).toBe(false);
  });
});

describe('label placement', () => {
  const layout = { height: 13, offset: 3, margin: 6, limit: 100 };
  const at = (key: string, x: number, y: number, width = 60, size = 4): LabelCandidate => ({ key, x, y, size, width });
  const keys = (placed: Map<string, unknown>) => [...placed.keys()];

  test('right of the node if it fits, else on another side, else none', () => {
    const placed = placeLabels([at('a', 0, 0), at('b', 10, 4), at('c', 0, 40), at('d', 1, 1)], layout);
    // b's label would cover a's on the right, a's disc on the left: it goes below; d fits nowhere.
    expect([...placed]).toEqual([
      ['a', 'right'],
      ['b', 'below'],
      ['c', 'right'],
    ]);
  });

  test('a label never covers the disc of a node placed before it', () => {
    const big = at('big', 40, 0, 30, 10);
    expect(placeLabels([big, at('small', 0, 0)], layout).get('small')).not.toBe('right');
    // The other way round, the more important label may cross the smaller disc.
    expect(keys(placeLabels([at('small', 0, 0, 60, 2), at('big', 200, 0, 30, 10)], layout))).toEqual(['small', 'big']);
  });

  test('placed boxes never overlap, whatever the crowd', () => {
    const crowd = Array.from({ length: 500 }, (_, i) => at(`n${i}`, (i * 37) % 400, (i * 53) % 300, 20 + (i % 7) * 15));
    const kept = [...placeLabels(crowd, layout)].map(([k, side]) =>
      labelBox(crowd.find((c) => c.key === k)!, layout, side),
    );
    expect(kept.length).toBeGreaterThan(20);
    for (let i = 0; i < kept.length; i++)
      for (let j = i + 1; j < kept.length; j++) {
        const [a, b] = [kept[i]!, kept[j]!];
        expect(a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1).toBe(false);
      }
  });

  test('the limit counts all but the always-labelled', () => {
    const row = Array.from({ length: 10 }, (_, i) => at(`n${i}`, 0, i * 40));
    const always = row.slice(0, 3).map((c) => ({ ...c, always: true }));
    expect(keys(placeLabels([...always, ...row.slice(3)], { ...layout, limit: 2 }))).toEqual([
      'n0',
      'n1',
      'n2',
      'n3',
      'n4',
    ]);
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
      colorBy: 'episode',
      sizeBy: 'mentions',
      hiddenKinds: ['Organization', 'Person'],
      minMentions: 3,
      hideIsolated: true,
      episodes: ['array-languages', 'follow-up'],
      hideCooccurs: true,
      range: { episode: 'ep*with*stars', start: 12.5, end: 80 },
      labels: 25,
      segment: { episode: 'array-languages', index: 7, span: [4, 11] },
      camera: { x: 0.5123, y: 0.25, ratio: 0.33 },
      theme: 'dark',
    };
    const fragment = encodeState(state);
    expect(decodeState(`#${fragment}`)).toEqual(state);
    expect(encodeState(decodeState(fragment))).toBe(fragment);
    const plain = { ...state, segment: { episode: 'array-languages', index: 7, span: null }, episodes: [] };
    expect(decodeState(encodeState(plain))).toEqual(plain);
  });

  test('malformed values fall back to defaults', () => {
    const s = decodeState(
      'min=-3&hide=Nope*Person&camera=1*x*2&range=a*9*1&segment=ep*1.5&color=red&theme=blue&labels=x&isolated=2',
    );
    expect(s.labels).toBe(DEFAULT_STATE.labels);
    expect(s.hideIsolated).toBe(false);
    // An empty span: the segment alone (of an episode whose id ends in `*3*9`).
    expect(decodeState('segment=ep*3*9*2').segment).toEqual({ episode: 'ep*3*9', index: 2, span: null });
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
    const two = Graph.from(sampleGraph({ secondEpisode: true })) as unknown as typeof g;
    // Episodes in the graph's order, unknown ones dropped.
    expect(sanitize({ ...decodeState(''), episodes: ['follow-up', 'nope', 'array-languages'] }, two).episodes).toEqual([
      'array-languages',
      'follow-up',
    ]);
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

  test('locates the mention a quote was taken around, not another one of the same name', () => {
    const text = 'so APL came first and then  J and APL again, one two three four five six seven APL at the end';
    const slice = (span: [number, number] | null) => (span ? [span[0], text.slice(span[0], span[1])] : null);
    // Three words either side of the second APL (the segment has them).
    expect(slice(locateQuote(text, 'then J and APL again, one two', 'APL'))).toEqual([
      text.indexOf('APL again'),
      'APL',
    ]);
    // At the start of the segment: fewer words before than after.
    expect(slice(locateQuote(text, 'so APL came first and', 'APL'))).toEqual([3, 'APL']);
    // At its end.
    expect(slice(locateQuote(text, 'seven APL at the end', 'APL'))).toEqual([text.lastIndexOf('APL'), 'APL']);
    // A relation's quote: the words stating it; one running into the next segment: its part here.
    expect(slice(locateQuote(text, 'J and APL again'))).toEqual([28, 'J and APL again']);
    expect(slice(locateQuote(text, 'at the end and on into the next'))).toEqual([
      text.indexOf('at the end'),
      'at the end',
    ]);
    expect(locateQuote(text, 'not in this segment')).toBeNull();
  });
});

describe('episodes', () => {
  test('a node belongs to the one shown episode it is mentioned in, or to several', () => {
    const mlir = { ...node('mlir'), episodes: ['a', 'b'] };
    expect(episodeOf(mlir, null)).toBeNull();
    expect(episodeOf(mlir, new Set(['b']))).toBe('b');
    expect(episodeOf(node('apl'), null)).toBe('array-languages');
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
