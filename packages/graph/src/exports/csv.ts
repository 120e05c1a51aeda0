import { stringify } from 'csv-stringify/sync';
import type { TalkGraph } from '../graph.js';
import type { MentionRecord } from '../types.js';
import { EDGE_COLUMNS, NODE_COLUMNS, flatEdges, flatNodes } from './flat.js';

/**
 * RFC 4180: CRLF line ends, fields quoted when they need it; booleans as true/false, nulls empty.
 * A UTF-8 byte order mark first: without it Excel reads the file as the local code page and mangles
 * accented names (pandas and csv-parse with `bom` skip it; R needs `fileEncoding = "UTF-8-BOM"`).
 * Rows go to csv-stringify as arrays of strings, its fastest input (mentions.csv has a row per mention).
 */
function toCsv<T extends object>(rows: T[], columns: readonly (keyof T & string)[]): string {
  const cells = rows.map((row) => columns.map((column) => cell(row[column])));
  return stringify(cells, { bom: true, header: true, columns: [...columns], record_delimiter: 'windows' });
}

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  return String(value);
}

export const MENTION_COLUMNS = [
  'node',
  'label',
  'kind',
  'episode',
  'start',
  'end',
  'speaker',
  'surface',
  'via',
  'confidence',
  'segment',
  'quote',
] as const;

export function toNodesCsv(graph: TalkGraph): string {
  return toCsv(flatNodes(graph), NODE_COLUMNS);
}

export function toEdgesCsv(graph: TalkGraph): string {
  return toCsv(flatEdges(graph), EDGE_COLUMNS);
}

/** One row per mention, with its episode, times, speaker and quote: the table for pandas or R. */
export function toMentionsCsv(graph: TalkGraph): string {
  const rows: (MentionRecord & { node: string; label: string; kind: string })[] = [];
  graph.forEachNode((node, { label, kind, mentions }) => {
    for (const m of mentions) rows.push({ node, label, kind, ...m });
  });
  return toCsv(rows, MENTION_COLUMNS);
}
