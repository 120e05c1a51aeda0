import type Graph from 'graphology';
import { kindColor, kindName } from '../core/palette.js';
import { nodeRelations, relationName, type RelationItem } from '../core/relations.js';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../core/types.js';
import { h } from './dom.js';
import { evidenceList, type EvidenceContext } from './evidence.js';

export interface DetailsContext extends EvidenceContext {
  graph: Graph<NodeAttributes, EdgeAttributes, GraphAttributes>;
  selectNode(node: string): void;
  selectEdge(edge: string): void;
}

// Beyond this, co-occurrences are a long tail nobody reads.
const COOCCURS_SHOWN = 24;

function nodeButton(ctx: DetailsContext, node: string): HTMLButtonElement {
  const attrs = ctx.graph.getNodeAttributes(node);
  return h(
    'button',
    { class: 'tg-link', attrs: { type: 'button', 'data-node': node }, on: { click: () => ctx.selectNode(node) } },
    h('span', { class: 'tg-dot', attrs: { style: `background:${kindColor(attrs.kind)}` } }),
    attrs.label,
  );
}

function kindBadge(kind: NodeAttributes['kind']): HTMLElement {
  return h('span', { class: 'tg-kind', attrs: { style: `--kind:${kindColor(kind)}` } }, kindName(kind));
}

function section(title: string, ...children: (Node | null)[]): HTMLElement {
  return h('section', { class: 'tg-section' }, h('h3', {}, title), ...children);
}

function typedRelation(ctx: DetailsContext, r: RelationItem): HTMLElement {
  const phrase = h(
    'button',
    {
      class: 'tg-relation',
      attrs: { type: 'button', 'data-edge': r.edge, title: 'Show the evidence' },
      on: { click: () => ctx.selectEdge(r.edge) },
    },
    r.direction === 'out' ? `${relationName(r.relation)} →` : `← ${relationName(r.relation)}`,
  );
  return h(
    'li',
    { class: 'tg-rel' },
    h('div', { class: 'tg-rel-head' }, phrase, nodeButton(ctx, r.other)),
    evidenceList(ctx, r.evidence, 2),
  );
}

export function nodeDetails(ctx: DetailsContext, node: string): HTMLElement {
  const a = ctx.graph.getNodeAttributes(node);
  const relations = nodeRelations(ctx.graph, node);
  const typed = relations.filter((r) => r.relation !== 'co_occurs');
  const cooccurs = relations.filter((r) => r.relation === 'co_occurs');
  const aliases = a.aliases.filter((al) => al.surface !== a.label);
  const episodes = a.episodes.length;
  return h(
    'article',
    { class: 'tg-details', attrs: { 'data-node': node } },
    h('header', {}, h('h2', { class: 'tg-title' }, a.label), kindBadge(a.kind)),
    h(
      'p',
      { class: 'tg-summary' },
      `Mentioned ${a.mentionCount} time${a.mentionCount === 1 ? '' : 's'}` +
        (episodes > 1 ? ` in ${episodes} episodes` : '') +
        (a.discovered ? ' · discovered in the transcript' : ''),
    ),
    aliases.length > 0
      ? section(
          'Heard as',
          h(
            'ul',
            { class: 'tg-aliases' },
            ...aliases.map((al) => h('li', {}, h('span', {}, al.surface), h('small', {}, `×${al.count}`))),
          ),
        )
      : null,
    typed.length > 0
      ? section('Relations', h('ul', { class: 'tg-rels' }, ...typed.map((r) => typedRelation(ctx, r))))
      : null,
    cooccurs.length > 0
      ? section(
          'Mentioned with',
          h(
            'ul',
            { class: 'tg-chips' },
            ...cooccurs.slice(0, COOCCURS_SHOWN).map((r) =>
              h(
                'li',
                {},
                h(
                  'button',
                  {
                    class: 'tg-chip',
                    attrs: { type: 'button', 'data-edge': r.edge, title: 'Where they come up together' },
                    on: { click: () => ctx.selectEdge(r.edge) },
                  },
                  r.otherLabel,
                ),
              ),
            ),
          ),
          cooccurs.length > COOCCURS_SHOWN
            ? h('p', { class: 'tg-summary' }, `and ${cooccurs.length - COOCCURS_SHOWN} more`)
            : null,
        )
      : null,
    section('Mentions', evidenceList(ctx, a.mentions)),
  );
}

export function edgeDetails(ctx: DetailsContext, edge: string): HTMLElement {
  const a = ctx.graph.getEdgeAttributes(edge);
  const [source, target] = ctx.graph.extremities(edge);
  const cooccurs = a.relation === 'co_occurs';
  return h(
    'article',
    { class: 'tg-details', attrs: { 'data-edge': edge } },
    h(
      'header',
      {},
      h(
        'h2',
        { class: 'tg-title tg-edge-title' },
        nodeButton(ctx, source),
        h('span', { class: 'tg-rel-name' }, cooccurs ? 'and' : relationName(a.relation)),
        nodeButton(ctx, target),
      ),
    ),
    h(
      'p',
      { class: 'tg-summary' },
      cooccurs
        ? `Come up together in ${a.count ?? a.evidence.length} window${(a.count ?? a.evidence.length) === 1 ? '' : 's'} (strength ${a.weight.toFixed(2)})`
        : `Stated ${a.weight} time${a.weight === 1 ? '' : 's'}`,
    ),
    section(cooccurs ? 'Where' : 'Evidence', evidenceList(ctx, a.evidence)),
  );
}
