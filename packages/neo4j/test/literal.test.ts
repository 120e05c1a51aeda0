import neo4j from 'neo4j-driver';
import { cypherLiteral, cypherName, cypherString } from '@talkgraph/neo4j';

describe('cypherLiteral', () => {
  test('strings escape quotes, backslashes and line breaks, so a literal stays on one line', () => {
    expect(cypherString(`it's a "quote" \\ done`)).toBe(`'it\\'s a "quote" \\\\ done'`);
    expect(cypherString('a\nb\r\tc')).toBe(`'a\\nb\\r\\tc'`);
    expect(cypherString('line\u2028sep\u0000nul')).toBe(`'line\\u2028sep\\u0000nul'`);
    expect(cypherString('}) DETACH DELETE n //')).toBe(`'}) DETACH DELETE n //'`);
  });

  test('non-ASCII text and paired surrogates are kept; lone surrogates are escaped', () => {
    expect(cypherString('Rēśumé 数组 🧮')).toBe(`'Rēśumé 数组 🧮'`);
    expect(cypherString('x\ud800y')).toBe(`'x\\ud800y'`);
  });

  test('JS numbers are floats, driver Integers are integers', () => {
    expect(cypherLiteral(3)).toBe('3.0');
    expect(cypherLiteral(-0.25)).toBe('-0.25');
    expect(cypherLiteral(1e21)).toBe('1e21');
    expect(cypherLiteral(1e-7)).toBe('1e-7');
    expect(cypherLiteral(neo4j.int(42))).toBe('42');
    expect(() => cypherLiteral(Number.NaN)).toThrow('cannot write NaN as a Cypher literal');
  });

  test('lists and maps nest; odd keys are backquoted', () => {
    expect(cypherLiteral({ id: 'a', 'odd key`': [1.5, null, true, neo4j.int(2)], nested: { s: "'" } })).toBe(
      "{id: 'a', `odd key```: [1.5, null, true, 2], nested: {s: '\\''}}",
    );
    expect(cypherName('plain_Name1')).toBe('plain_Name1');
    expect(cypherName('1st')).toBe('`1st`');
  });
});
