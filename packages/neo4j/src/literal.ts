import neo4j from 'neo4j-driver';
import type { CypherValue } from './plan.js';

/**
 * A Cypher literal for a value, typed as the driver would send it: `Integer` -> integer literal,
 * JS number -> float literal (always with a point or exponent). Strings are single-quoted with
 * backslash escapes, and every character outside printable ASCII that could upset a terminal or a
 * parser (controls, line separators, lone surrogates) is written as \uXXXX, so a literal never spans lines.
 */
export function cypherLiteral(value: CypherValue): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'string') return cypherString(value);
  if (typeof value === 'number') return cypherFloat(value);
  if (neo4j.isInt(value)) return value.toString();
  if (Array.isArray(value)) return `[${value.map(cypherLiteral).join(', ')}]`;
  const entries = Object.entries(value).map(([key, item]) => `${cypherName(key)}: ${cypherLiteral(item)}`);
  return `{${entries.join(', ')}}`;
}

function cypherFloat(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`cannot write ${value} as a Cypher literal`);
  const text = String(value).replace('e+', 'e'); // Cypher exponents take no plus sign
  return /[.e]/.test(text) ? text : `${text}.0`;
}

const ESCAPES: Record<string, string> = { '\\': '\\\\', "'": "\\'", '\n': '\\n', '\r': '\\r', '\t': '\\t' };

export function cypherString(value: string): string {
  // Matches the characters to escape, including lone surrogates (a paired surrogate is left alone).
  const special =
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what must be escaped
    /[\\'\u0000-\u001f\u007f-\u009f\u2028\u2029]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
  const body = value.replace(
    special,
    (char) => ESCAPES[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `'${body}'`;
}

/** A map key or name: bare when it is a plain identifier, otherwise in backticks (doubled inside). */
export function cypherName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `\`${name.replace(/`/g, '``')}\``;
}
