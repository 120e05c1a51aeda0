import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { buildGraph, EDGE_RELATIONS, ENTITY_KINDS, MERGE_RULES, toGraphJson, VIAS } from '@talkgraph/graph';
import { REPO_ROOT } from '@talkgraph/testkit';
import { ALL, CATALOG } from './fixtures/episodes.js';

const schema = JSON.parse(readFileSync(join(REPO_ROOT, 'packages/graph/schema/graph.schema.json'), 'utf8'));

function validateGraphJson(text: string): string[] {
  const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
  return validate(JSON.parse(text)) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

describe('graph.json schema', () => {
  test('its enums are ENTITY_KINDS, EDGE_RELATIONS, VIAS and MERGE_RULES', () => {
    expect(schema.$defs.kind.enum).toEqual(ENTITY_KINDS);
    expect(schema.$defs.relation.enum).toEqual(EDGE_RELATIONS);
    expect(schema.$defs.via.enum).toEqual(VIAS);
    expect(schema.$defs.nodeAttributes.properties.merges.items.properties.rule.enum).toEqual(MERGE_RULES);
  });

  test('a built graph validates', () => {
    expect(validateGraphJson(toGraphJson(buildGraph(ALL, { catalog: CATALOG })))).toEqual([]);
  });

  test('a filtered graph without co-occurrence and an empty graph validate', () => {
    expect(
      validateGraphJson(toGraphJson(buildGraph(ALL, { filters: { cooccurrence: false, minMentions: 2 } }))),
    ).toEqual([]);
    expect(validateGraphJson(toGraphJson(buildGraph([])))).toEqual([]);
  });

  test('the schema rejects what breaks the contract', () => {
    const json = JSON.parse(toGraphJson(buildGraph(ALL, { catalog: CATALOG })));
    json.nodes[0].attributes.kind = 'Gadget';
    delete json.edges[0].attributes.evidence;
    const errors = validateGraphJson(JSON.stringify(json));
    expect(errors.some((e) => e.startsWith('/nodes/0/attributes/kind'))).toBe(true);
    expect(errors.some((e) => e.includes("must have required property 'evidence'"))).toBe(true);
  });
});
