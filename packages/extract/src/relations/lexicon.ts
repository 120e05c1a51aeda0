import nlp from 'compromise';

/**
 * Verb groups that state a relation, by base form. compromise conjugates them once at load time
 * (never over transcript text); the extra forms are the ones it gets wrong or lacks.
 */
const VERB_GROUPS: Record<string, { bases: string[]; extra?: string[] }> = {
  create: {
    bases: [
      'create',
      'write',
      'develop',
      'design',
      'invent',
      'build',
      'make',
      'produce',
      'implement',
      'release',
      'start',
      'launch',
      'author',
    ],
    extra: ['co-created', 'cocreated', 'co-wrote', 'cowrote', 'co-designed', 'co-developed'],
  },
  found: {
    bases: ['establish', 'start', 'launch', 'create', 'set up', 'incorporate'],
    // Not "found": far more often the past of "find" ("I found Hired") than the verb to found.
    extra: ['founds', 'founded', 'founding', 'co-founded', 'cofounded', 'co-found', 'cofound'],
  },
  // Not "run": one runs a company but also an operating system (see the `leads-run` rule).
  lead: { bases: ['lead', 'head', 'manage', 'direct', 'chair', 'oversee', 'spearhead'] },
  discover: {
    bases: [
      'discover',
      'introduce',
      'come up with',
      'coin',
      'propose',
      'pioneer',
      'invent',
      'popularize',
      'popularise',
    ],
  },
  author: { bases: ['write', 'author', 'publish', 'co-author', 'coauthor', 'present'] },
  use: { bases: ['use', 'rely on', 'depend on', 'adopt', 'leverage', 'employ', 'utilize'] },
  work: { bases: ['work', 'join', 'intern'] },
  study: { bases: ['study', 'graduate'] },
  base: { bases: ['base', 'build', 'derive', 'inspire', 'model', 'fork', 'borrow', 'descend'] },
  sit: { bases: ['sit', 'build', 'layer', 'rest', 'live'] },
  target: { bases: ['target'] },
  compile: { bases: ['compile', 'lower', 'transpile', 'translate'] },
  replace: { bases: ['replace', 'supersede', 'succeed'] },
  compete: { bases: ['compete', 'rival'] },
  switch: { bases: ['switch', 'migrate', 'transition'] },
  win: { bases: ['win', 'top'] },
  run: { bases: ['run', 'execute'] },
};

type Form = 'Infinitive' | 'PastTense' | 'PresentTense' | 'Gerund' | 'Participle';

function conjugate(base: string): Partial<Record<Form, string>> {
  const [forms] = nlp(base).verbs().conjugate() as Partial<Record<Form, string>>[];
  // compromise reads a few base forms as other verbs ("found" as find): keep the base regardless.
  return { ...forms, Infinitive: base };
}

function escapeRegExp(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function alternation(words: Iterable<string>): string {
  const unique = [...new Set(words)].filter(Boolean).sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return `(?:${unique.map(escapeRegExp).join('|')})`;
}

const cache = new Map<string, string>();

/** Every form of a group's verbs (`{v:create}` in rule patterns). */
export function verbForms(group: string): string {
  const key = `v:${group}`;
  let pattern = cache.get(key);
  if (pattern === undefined) {
    const spec = VERB_GROUPS[group];
    if (!spec) throw new Error(`unknown verb group "${group}"`);
    const words = spec.bases.flatMap((base) => Object.values(conjugate(base)));
    pattern = alternation([...words, ...(spec.extra ?? [])].filter((w) => !w.startsWith('will ')));
    cache.set(key, pattern);
  }
  return pattern;
}

/** The words of a group's verb forms (the first word of "come up with"), for cheap prefilters. */
export function verbWords(group: string): string[] {
  const spec = VERB_GROUPS[group];
  if (!spec) throw new Error(`unknown verb group "${group}"`);
  const forms = spec.bases.flatMap((base) => Object.values(conjugate(base)));
  return [...forms, ...(spec.extra ?? [])].filter((w) => !w.startsWith('will ')).map((w) => w.split(' ')[0]!);
}

/** Past tense and participle forms only (`{pp:create}`: "created by", "was built on"). */
export function participles(group: string): string {
  const key = `pp:${group}`;
  let pattern = cache.get(key);
  if (pattern === undefined) {
    const spec = VERB_GROUPS[group];
    if (!spec) throw new Error(`unknown verb group "${group}"`);
    const words = spec.bases.flatMap((base) => {
      const forms = conjugate(base);
      return [forms.PastTense, forms.Participle].filter((w): w is string => typeof w === 'string');
    });
    const extra = (spec.extra ?? []).filter((w) => w.endsWith('ed') || w.endsWith('en'));
    pattern = alternation([...words, ...extra]);
    cache.set(key, pattern);
  }
  return pattern;
}

/** Words that carry no relation and are dropped from the words between two mentions. */
export const FILLERS = new Set([
  'actually',
  'basically',
  'really',
  'also',
  'just',
  'originally',
  'previously',
  'um',
  'uh',
  'uhm',
  'er',
  'eventually',
  'later',
  'initially',
  'literally',
  'obviously',
  'essentially',
  'kinda',
  'sorta',
  'mm-hmm',
]);

/** Filler phrases of two words ("you know", "kind of"), dropped likewise. */
export const FILLER_PAIRS = new Set(['you know', 'kind of', 'sort of', 'i think', 'i guess', 'i mean']);

/** A negation between two mentions voids the relation ("X was not built on Y"). */
export const NEGATION =
  /(?:^| )(?:not|never|no|nobody|none|n't|no longer|\S+n't|cannot|hardly|barely|rarely|seldom)(?: |$)/;
