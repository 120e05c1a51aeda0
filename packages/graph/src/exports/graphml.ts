import { create } from 'xmlbuilder2';
import type { TalkGraph } from '../graph.js';
import type { FlatEdge, FlatNode } from './flat.js';
import { flatEdges, flatNodes } from './flat.js';

type GraphmlType = 'string' | 'int' | 'double' | 'boolean';

// The colour is written as r, g, b integers: the attribute names Gephi and graphology-graphml read as a colour.
const NODE_KEYS: [Exclude<keyof FlatNode, 'id' | 'color'> | 'r' | 'g' | 'b', GraphmlType][] = [
  ['label', 'string'],
  ['kind', 'string'],
  ['mentionCount', 'int'],
  ['episodeCount', 'int'],
  ['episodes', 'string'],
  ['aliases', 'string'],
  ['firstSeenEpisode', 'string'],
  ['firstSeenStart', 'double'],
  ['discovered', 'boolean'],
  ['degree', 'int'],
  ['pagerank', 'double'],
  ['community', 'int'],
  ['x', 'double'],
  ['y', 'double'],
  ['size', 'double'],
  ['r', 'int'],
  ['g', 'int'],
  ['b', 'int'],
];

const EDGE_KEYS: [Exclude<keyof FlatEdge, 'id' | 'source' | 'target'>, GraphmlType][] = [
  ['relation', 'string'],
  ['weight', 'double'],
  ['count', 'int'],
  ['episodes', 'string'],
  ['evidenceCount', 'int'],
];

const GRAPH_KEYS: [string, GraphmlType][] = [
  ['name', 'string'],
  ['generator', 'string'],
];

/** GraphML (directed, parallel edges kept) with typed keys; reads back with graphology-graphml, Gephi, networkx, igraph. */
export function toGraphml(graph: TalkGraph): string {
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele('http://graphml.graphdrawing.org/xmlns', 'graphml', {
    'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
    'xsi:schemaLocation': 'http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd',
  });
  const declare = (domain: string, prefix: string, keys: [string, GraphmlType][]) => {
    for (const [name, type] of keys)
      root.ele('key', { id: `${prefix}_${name}`, for: domain, 'attr.name': name, 'attr.type': type }).up();
  };
  declare('graph', 'g', GRAPH_KEYS);
  declare('node', 'n', NODE_KEYS);
  declare('edge', 'e', EDGE_KEYS);

  const body = root.ele('graph', { id: 'G', edgedefault: 'directed' });
  const { name, generator } = graph.getAttributes();
  const data = (
    element: typeof body,
    prefix: string,
    values: Record<string, unknown>,
    keys: [string, GraphmlType][],
  ) => {
    for (const [key] of keys) {
      const value = values[key];
      if (value === null || value === undefined) continue;
      element
        .ele('data', { key: `${prefix}_${key}` })
        .txt(String(value))
        .up();
    }
  };
  data(body, 'g', { name, generator: `${generator.name} ${generator.version}` }, GRAPH_KEYS);
  for (const node of flatNodes(graph)) {
    const element = body.ele('node', { id: node.id });
    data(element, 'n', { ...node, ...rgb(node.color) }, NODE_KEYS);
    element.up();
  }
  for (const edge of flatEdges(graph)) {
    // `label` on the edge element is Gephi's edge type: without it Gephi merges parallel edges.
    const element = body.ele('edge', { id: edge.id, source: edge.source, target: edge.target, label: edge.relation });
    data(element, 'e', edge, EDGE_KEYS);
    element.up();
  }
  return `${root.end({ prettyPrint: true })}\n`;
}

function rgb(color: string): { r: number; g: number; b: number } | Record<string, never> {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  if (!match) return {};
  return { r: parseInt(match[1]!, 16), g: parseInt(match[2]!, 16), b: parseInt(match[3]!, 16) };
}
