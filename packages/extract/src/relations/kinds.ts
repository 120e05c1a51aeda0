import type { EntityKind, ExtractedEntity, RelationType } from '../types.js';

/** Where the relation extractor learns entity kinds: the episode's entities, else the catalog. */
export interface KindSources {
  entities?: readonly (Pick<ExtractedEntity, 'id' | 'kind'> & { label?: string })[];
  catalog?: { entries: readonly { id: string; kind: EntityKind }[] };
}

export type KindOf = (entity: string) => EntityKind | undefined;

export function kindLookup(sources: KindSources): KindOf {
  const kinds = new Map<string, EntityKind>();
  for (const entry of sources.catalog?.entries ?? []) kinds.set(entry.id, entry.kind);
  for (const entity of sources.entities ?? []) kinds.set(entity.id, entity.kind);
  return (entity) => kinds.get(entity);
}

type Kinds = readonly EntityKind[];
const ARTIFACT: Kinds = ['Software', 'ProgrammingLanguage', 'Hardware', 'Dataset', 'Concept'];
const MAKERS: Kinds = ['Person', 'Organization'];
const TECH: Kinds = ['Software', 'ProgrammingLanguage', 'Hardware'];

/** Allowed source and target kinds of each relation type (direction is source -> target). */
export const SIGNATURES: Record<RelationType, { source: Kinds; target: Kinds }> = {
  created: { source: MAKERS, target: [...ARTIFACT, 'Event'] },
  founded: { source: MAKERS, target: ['Organization', 'Event', 'Software'] },
  leads: { source: MAKERS, target: ['Organization', 'Software', 'ProgrammingLanguage', 'Hardware', 'Event'] },
  works_at: { source: ['Person'], target: ['Organization'] },
  studied_at: { source: ['Person'], target: ['Organization'] },
  part_of: {
    source: [...ARTIFACT, 'Organization', 'Event', 'Publication'],
    target: [...ARTIFACT, 'Organization', 'Event'],
  },
  based_on: { source: [...ARTIFACT, 'Publication'], target: [...ARTIFACT, 'Publication'] },
  runs_on: { source: ['Software', 'ProgrammingLanguage', 'Dataset'], target: ['Hardware', 'Software'] },
  targets: { source: ['Software', 'ProgrammingLanguage'], target: [...TECH] },
  compiles_to: { source: ['Software', 'ProgrammingLanguage'], target: [...TECH] },
  successor_of: { source: [...ARTIFACT, 'Organization', 'Event'], target: [...ARTIFACT, 'Organization', 'Event'] },
  authored: { source: MAKERS, target: ['Publication'] },
  discovered: { source: MAKERS, target: ['Concept', 'Dataset', 'Software'] },
  uses: {
    source: ['Person', 'Organization', 'Software', 'ProgrammingLanguage', 'Event'],
    target: [...ARTIFACT],
  },
  competes_with: { source: ['Organization', ...TECH, 'Person'], target: ['Organization', ...TECH, 'Person'] },
  won: { source: ['Person', 'Organization', 'Software'], target: ['Event'] },
  // Type statements: "Zen is a microarchitecture", "Debian, a Linux distribution".
  is_a: { source: [...ARTIFACT, 'Organization', 'Event', 'Publication'], target: ['Concept'] },
};

/**
 * The relation as it should be typed for these kinds, or null when the kinds rule it out.
 * `created` becomes `founded` for organizations and `authored` for publications; kinds that are
 * unknown (entities outside the catalog) pass, and the caller lowers the confidence.
 */
export function typeFor(
  relation: RelationType,
  source: EntityKind | undefined,
  target: EntityKind | undefined,
): RelationType | null {
  if (relation === 'created' && target === 'Organization') relation = 'founded';
  if ((relation === 'created' || relation === 'discovered') && target === 'Publication') relation = 'authored';
  if (relation === 'discovered' && target !== undefined && target !== 'Concept' && target !== 'Dataset') {
    relation = 'created';
  }
  const signature = SIGNATURES[relation];
  if (source !== undefined && !signature.source.includes(source)) return null;
  if (target !== undefined && !signature.target.includes(target)) return null;
  if (source !== undefined && target !== undefined && !compatible(relation, source, target)) return null;
  return relation;
}

/** Kind pairings that the signature table alone lets through but that never make sense. */
function compatible(relation: RelationType, source: EntityKind, target: EntityKind): boolean {
  switch (relation) {
    case 'part_of':
      // An organization is part of an organization; a project is part of a project or an organization.
      return source !== 'Organization' || target === 'Organization';
    case 'successor_of':
    case 'competes_with':
      return source === target || (TECH.includes(source) && TECH.includes(target));
    default:
      return true;
  }
}
