import type { EntityKind, RelationType } from '../types.js';
import { participles, verbForms, verbWords } from './lexicon.js';

/**
 * A pattern over two neighbouring mentions A (earlier) and B (later) and the words between them.
 * `gap` must match all of the words between A and B (lower-cased, fillers dropped, joined by one
 * space); `before` must match the end of the words just before A, `after` the start of the words
 * just after B (its match then belongs to the quote). `forward`: A is the source; `reverse`: B is.
 */
export interface Rule {
  name: string;
  relation: RelationType;
  direction: 'forward' | 'reverse';
  gap: RegExp;
  before?: RegExp;
  after?: RegExp;
  /**
   * `gap` matches the end of the words between (the statement), and the words before it must be a
   * subject bridge (PRE_BRIDGE): "Lazarus, which is also attempting to | recreate Delphi".
   */
  pre?: boolean;
  /** At most this many words between (rules anchored at both ends: default 12; `pre` rules: any). */
  maxWords?: number;
  /** A cheap test the words between must pass before `gap` is tried: a pattern, or words one of which must be there. */
  needs?: RegExp | ReadonlySet<string>;
  /** A's name is a possessive ("Google's TPU"). */
  possessive?: boolean;
  /** A and B are written together, no punctuation between ("NVIDIA GPUs"). */
  adjacent?: boolean;
  /**
   * A is B under another name ("Delphi, which was Object Pascal"): what is said of B's maker in the
   * next statement is said of A's too ("... Object Pascal, created by Anders Hejlsberg").
   */
  identity?: boolean;
  /** An object relative ("Access, a program that Microsoft produced"): A heads the clause that follows. */
  relative?: boolean;
  /** Words between that void the rule ("friends at Google" is no employer). */
  unless?: RegExp;
  /**
   * A role noun ("founder of", "CEO of"): said of a pronoun only through a copula ("I was the CEO
   * of X"), never as an object ("I met the CEO of X").
   */
  role?: boolean;
  /** A's name ends in a plural ("languages like Python", not "an IPO like Netscape"). */
  plural?: boolean;
  /** Not said of the narrator ("I", "we"). */
  notNarrator?: boolean;
  /** Narrower source kinds than the relation's signature (a "president of" is a person). */
  source?: readonly EntityKind[];
  /** Narrower target kinds ("trained on" a dataset). */
  target?: readonly EntityKind[];
  confidence: number;
}

const DET = '(?:a|an|the|this|that|his|her|their|its|our|some)';
/** Auxiliaries, with a modal or perfect before "be" ("could really be a layer on top of"). */
const AUX =
  "(?:(?:is|was|are|were|be|been|being|has|have|had|'s|will|would|can|could|did|does|who's|that's|which's|might|may|should|must)(?: (?:be|been|have been))?)";
/**
 * Words a subject may be separated from its verb by: a short run, a relative right after A, a pronoun
 * back to A, or a coordination whose verb shares A's subject ("... and then went on to create").
 */
const WORD = "(?!(?:i|we|you|he|she|they|i'm|i've|we've|we're|you're|i'd|he's|she's|they're|me|us)\\b)\\S+";
const PRE = [
  `(?:${WORD} ){0,3}`,
  `(?:${WORD} )?(?:which|who|that) (?:${WORD} ){0,5}`,
  `(?:${WORD} ){0,12}(?:it|it's|its|this|these|those) (?:${WORD} ){0,5}`,
  `(?:${WORD} ){0,10}and (?:then )?`,
  // "Larry Wall, the guy who wrote Perl".
  `(?:${WORD} ){0,2}(?:guy|person|man|woman|lady|chap|fellow|one|team|folks|people|company|researcher|engineer) (?:who|that|which) `,
].join('|');
/** Words a statement found by a `pre` rule may follow (each followed by one space). */
export const PRE_BRIDGE = new RegExp(`^(?:${PRE})?$`);
/** How the object may be introduced: "the TPU", "a system called SuperMemo". */
const OBJ = `(?: ${DET}(?: \\S+){0,3}? (?:called|named)| ${DET}(?: \\S+)?)?`;
const ROLE_PERSON = ['Person'] as const;
const BY = new Set(['by']);
const RELATIVE = new Set(['which', 'that', 'whom']);
const NAMING = new Set(['called', 'named']);
/** Nouns naming a made thing: "the Stanford competition DAWNBench", "a benchmark from Stanford". */
const PRODUCT =
  'benchmark|competition|project|library|framework|dataset|data set|language|tool|model|paper|chip|compiler|' +
  'system|product|app|processor|technique|method|ide|platform|conference';

/** A word that may qualify the class noun ("a very popular open-source"): not one that starts a phrase. */
const CLASS_MODIFIER =
  '(?!(?:to|of|for|in|on|at|with|from|by|that|which|who|about|like|than|and|or|but|because|so|way|lot|bit|thing|things|bunch|number|couple|place|time|reason|company|guy|person|people)\\b)\\S+';

function expand(pattern: string): string {
  return pattern
    .replace(/\{v:(\w+)\}/g, (_, group: string) => verbForms(group))
    .replace(/\{pp:(\w+)\}/g, (_, group: string) => participles(group))
    .replaceAll('{det}', DET)
    .replaceAll('{aux}', AUX)
    .replaceAll('{obj}', OBJ);
}

const full = (pattern: string) => new RegExp(`^${expand(pattern)}$`);
/** A statement at the end of the words between; what precedes it is checked against PRE_BRIDGE. */
const clause = (pattern: string) => new RegExp(`(?:^| )(?:${expand(pattern.replaceAll('{pre}', ''))})$`);
const ending = (pattern: string) => new RegExp(`(?:^| )${expand(pattern)}$`);
const opening = (pattern: string) => new RegExp(`^${expand(pattern)}(?= |$)`);

const BY_AGENT = ' by(?: {det})?(?: \\S+){0,2}?(?: (?:called|named))?';
const BASE_OBJECT =
  '(?: all)?(?: of)?(?: {det})?(?: \\S+){0,2}?' +
  '(?: (?:ideas|idea|learnings|lessons|work|research|concepts|design|principles|approach|notion) (?:of|from|in)' +
  '| (?:project|language|library|framework|system|tool) (?:called|named))?';

/** In order: the first rule that matches and fits the entity kinds wins. */
export const RULES: readonly Rule[] = [
  // Passives: "APL, created by Ken Iverson", "a method devised by a scientist called Ebbinghaus".
  ...(
    [
      ['created', 'create', 0.9],
      ['discovered', 'discover', 0.85],
      ['authored', 'author', 0.85],
      ['leads', 'lead', 0.8],
      ['uses', 'use', 0.75],
    ] as const
  ).map(
    ([relation, group, confidence]): Rule => ({
      name: `${relation}-passive`,
      needs: BY,
      relation,
      direction: 'reverse',
      // A word may echo A's name before the verb ("spaced | repetition is an idea created by").
      gap: full(
        `(?:(?:\\S+ )?(?:which|that|who) |\\S+ (?={aux} ))?(?:{aux} )?(?:{det} (?:\\S+ ){0,2})?(?:being )?{pp:${group}}${BY_AGENT}`,
      ),
      confidence,
    }),
  ),
  // "React was created at Facebook".
  {
    name: 'created-at',
    needs: new Set(['at', 'in', 'inside']),
    relation: 'created',
    direction: 'reverse',
    gap: full(`(?:(?:which|that) )?(?:{aux} )?(?:being )?{pp:create} (?:at|in|inside)`),
    source: ['Organization'],
    confidence: 0.7,
  },
  {
    name: 'successor-passive',
    needs: BY,
    relation: 'successor_of',
    direction: 'reverse',
    gap: full(`(?:(?:which|that) )?(?:{aux} )?(?:being )?{pp:replace} by`),
    confidence: 0.75,
  },
  // Object relatives: "APL which Ken Iverson created", "MLIR which ... Chris Lattner is leading".
  ...(
    [
      ['created', 'create', 0.85],
      ['leads', 'lead', 0.8],
      ['discovered', 'discover', 0.8],
      ['uses', 'use', 0.7],
    ] as const
  ).map(
    ([relation, group, confidence]): Rule => ({
      name: `${relation}-relative`,
      needs: RELATIVE,
      relation,
      direction: 'reverse',
      relative: true,
      // "Access, this is a database program that Microsoft produced".
      gap: full('(?:(?:this|it|that) )?(?:{aux} )?(?:it )?(?:{det} (?:\\S+ ){0,3})?(?:which|that|whom)(?: \\S+){0,5}'),
      after: opening(`(?:\\S+ ){0,5}?(?:{aux} )?(?:the one who )?{v:${group}}`),
      confidence,
    }),
  ),
  // Appositions naming the maker after the thing: "the developer of Swift Chris Lattner".
  {
    name: 'creator-apposition',
    maxWords: 1,
    relation: 'created',
    direction: 'reverse',
    before: ending('(?:co-?)?(?:creator|developer|inventor|designer|author|father|architect)s? of(?: {det})?'),
    gap: full(`(?:{aux} )?`),
    confidence: 0.8,
  },
  {
    name: 'founder-apposition',
    maxWords: 1,
    relation: 'founded',
    direction: 'reverse',
    before: ending('(?:co-?)?founders? of(?: {det})?'),
    gap: full(`(?:{aux} )?`),
    confidence: 0.8,
  },
  {
    name: 'leader-apposition',
    maxWords: 1,
    relation: 'leads',
    direction: 'reverse',
    before: ending(
      '(?:president|ceo|cto|head|director|leader|lead|chair|chairman|maintainer|host|organi[sz]er)s? of(?: {det})?',
    ),
    gap: full(`(?:{aux} )?`),
    confidence: 0.75,
  },
  // Titles before the name: "Python's inventor himself, Guido van Rossum", "MLIR lead Chris Lattner".
  {
    name: 'creator-title',
    needs: new Set([
      'creator',
      'creators',
      'inventor',
      'inventors',
      'developer',
      'developers',
      'designer',
      'author',
      'father',
      'architect',
      'co-creator',
      'cocreator',
    ]),
    maxWords: 3,
    relation: 'created',
    direction: 'reverse',
    gap: full(
      "(?:'s |s' )?(?:co-?)?(?:creator|inventor|developer|designer|author|father|architect)s?(?: himself| herself)?",
    ),
    confidence: 0.75,
  },
  {
    name: 'founder-title',
    needs: new Set(['founder', 'founders', 'co-founder', 'cofounder']),
    maxWords: 3,
    relation: 'founded',
    direction: 'reverse',
    gap: full("(?:'s |s' )?(?:co-?)?founders?(?: himself| herself)?"),
    confidence: 0.75,
  },
  {
    name: 'leader-title',
    needs: new Set([
      'president',
      'ceo',
      'cto',
      'head',
      'director',
      'leader',
      'lead',
      'chair',
      'chairman',
      'maintainer',
      'host',
      'organizer',
      'organiser',
    ]),
    maxWords: 3,
    relation: 'leads',
    direction: 'reverse',
    gap: full(
      "(?:'s |s' )?(?:president|ceo|cto|head|director|leader|lead|chair|chairman|maintainer|host|organi[sz]er)s?(?: himself| herself)?",
    ),
    confidence: 0.7,
  },
  // "another language built on top of the learnings of APL that was called J".
  {
    name: 'based-on-naming',
    needs: NAMING,
    relation: 'based_on',
    direction: 'reverse',
    before: ending(`(?:based|built|building|builds|sits|sitting|layered) on(?: top of)?${BASE_OBJECT}`),
    gap: full('(?:and )?(?:(?:that|which) (?:was|is) )?(?:\\S+ )?(?:called|named)'),
    confidence: 0.75,
  },
  // "Halide came out of MIT", "a benchmark from Stanford".
  {
    name: 'made-at',
    needs: new Set(['from', 'by', 'of']),
    relation: 'created',
    direction: 'reverse',
    gap: full(
      `(?:(?:which|that) )?(?:{aux} )?(?:(?:came|comes|come|coming|spun|spin) (?:out of|from)|(?:{det} )?(?:\\S+ ){0,2}?(?:${PRODUCT}) (?:from|by|out of))`,
    ),
    confidence: 0.7,
  },
  // Possessives: "Google's TPU", "Google's Jeff Dean".
  {
    name: 'maker-possessive',
    maxWords: 1,
    relation: 'created',
    direction: 'forward',
    possessive: true,
    gap: full("(?:'s|')?"),
    confidence: 0.65,
  },
  {
    name: 'employer-possessive',
    maxWords: 1,
    relation: 'works_at',
    direction: 'reverse',
    possessive: true,
    gap: full("(?:'s|')?"),
    confidence: 0.65,
  },
  // "TPU from Google", "Pete Warden from Google".
  {
    name: 'made-by',
    maxWords: 1,
    relation: 'created',
    direction: 'reverse',
    gap: full('(?:from|by)'),
    confidence: 0.6,
  },
  {
    name: 'employee-from',
    maxWords: 1,
    relation: 'works_at',
    direction: 'forward',
    gap: full('from'),
    source: ROLE_PERSON,
    confidence: 0.6,
  },
  // "the Stanford competition DAWNBench", "a Google project called TensorFlow".
  {
    name: 'maker-compound',
    needs: new Set(PRODUCT.split('|').map((w) => w.split(' ')[0]!)),
    relation: 'created',
    direction: 'forward',
    gap: full(`(?:{det} )?(?:\\S+ )?(?:${PRODUCT})(?: (?:\\S+ )?(?:called|named))?`),
    confidence: 0.6,
  },
  // A maker's name used as a modifier: "NVIDIA GPUs", "Google TPU" (nothing, not even a comma, between).
  {
    name: 'maker-adjacent',
    maxWords: 1,
    adjacent: true,
    relation: 'created',
    direction: 'forward',
    gap: /^$/,
    source: ['Organization'],
    target: ['Software', 'Hardware'],
    confidence: 0.55,
  },
  // "React sits on top of that, and then Next.js on top of that": B sits on A.
  {
    name: 'stacked-on',
    needs: new Set(['and']),
    maxWords: 8,
    relation: 'based_on',
    direction: 'reverse',
    gap: full('(?:\\S+ ){0,5}?and(?: then)?(?: {det})?'),
    after: opening('(?:(?:layered|built|sitting|sits) )?on top of (?:that|it|this|them)'),
    confidence: 0.65,
  },
  // "we switched from Keras to PyTorch", "switching from MXNet to TensorFlow": alternatives to each other.
  {
    name: 'switch-to',
    needs: /switch|migrat|transition/,
    maxWords: 8,
    relation: 'competes_with',
    direction: 'forward',
    gap: full(
      '(?:and )?(?:then )?(?:(?:we|they|i|people|you|he|she) )?(?:{aux} )?(?:{v:switch})(?: over)?(?: from(?: \\S+){0,2})? to(?: {det})?',
    ),
    confidence: 0.6,
  },
  {
    name: 'switch-from-to',
    maxWords: 1,
    relation: 'competes_with',
    direction: 'forward',
    before: ending('{v:switch}(?: over)? from(?: (?:\\S+ ){1,3}?to)*(?: {det})?'),
    gap: full('to(?: {det})?'),
    confidence: 0.6,
  },
  // "TPUs and the best GPUs are similar", "PyTorch and JAX are rivals".
  {
    name: 'alike-pair',
    needs: new Set(['and', 'or']),
    maxWords: 4,
    relation: 'competes_with',
    direction: 'forward',
    // The last word may be a maker's name qualifying B ("and the best NVIDIA GPUs").
    gap: full('(?:and|or)(?: {det})?(?: (?:best|latest|new|newer|top|high end|fastest))?(?: \\S+)?'),
    after: opening(
      '(?:are|were|seem|look|being)(?: (?:very|pretty|quite|roughly|basically|really|kind of|all))? (?:similar|comparable|equivalent|alternatives|competitors|rivals|competing|neck and neck)',
    ),
    confidence: 0.6,
  },
  // "it's ten times slower than PyTorch": two things compared are alternatives.
  {
    name: 'compared-with',
    needs: /than\b/,
    relation: 'competes_with',
    direction: 'forward',
    pre: true,
    gap: clause(
      '{pre}(?:{aux} )?(?:(?:\\S+ ){0,3}?(?:times|percent|%|way|much|far|lot|bit|little) )?(?:faster|slower|better|worse|cheaper|pricier|easier|harder|simpler|safer|smaller|bigger|more (?:expressive|powerful|programmable|popular|elegant|efficient|productive|flexible)|less (?:expressive|powerful|programmable|popular|elegant|efficient|productive|flexible)) than(?: {det})?',
    ),
    confidence: 0.6,
  },
  // "at Google we built the TPU": the organization a first person speaks for made it.
  {
    name: 'made-there',
    maxWords: 8,
    relation: 'created',
    direction: 'forward',
    before: ending('(?:at|in|inside)'),
    gap: full('(?:we|they) (?:{aux} )?(?:{v:create}){obj}'),
    source: ['Organization'],
    confidence: 0.65,
  },
  // "Jeremy talked about his company Fastmail", "Ken Iverson and his paper called ...".
  ...(
    [
      ['founded', 'company|startup|firm|lab|institute|nonprofit', 0.7],
      [
        'created',
        'language|project|library|framework|tool|system|compiler|app|product|chip|dataset|benchmark|technique|algorithm',
        0.7,
      ],
      ['authored', 'paper|book|article|thesis|essay|blog post', 0.7],
    ] as const
  ).map(
    ([relation, nouns, confidence]): Rule => ({
      name: `${relation}-his`,
      needs: new Set(['his', 'her']),
      relation,
      direction: 'forward',
      pre: true,
      gap: clause(`{pre}(?:his|her) (?:own |new |first |latest |previous |old )?(?:${nouns})(?: (?:called|named))?`),
      source: ROLE_PERSON,
      confidence,
    }),
  ),
  // "the guy that ran Perl, Larry Wall": a relative naming what someone did, then the someone.
  ...(
    [
      ['created', 'create', 0.75],
      ['leads', 'lead', 0.75],
      ['founded', 'found', 0.75],
    ] as const
  ).map(
    ([relation, group, confidence]): Rule => ({
      name: `${relation}-doer-apposition`,
      maxWords: 1,
      relation,
      direction: 'reverse',
      before: ending(
        `(?:the|a|that|this) (?:guy|person|man|woman|one|fellow|team|folks|company|people) (?:that|who|which) (?:{aux} )?{v:${group}}(?: {det})?`,
      ),
      gap: full('(?:{aux} )?'),
      source: ['Person', 'Organization'],
      confidence,
    }),
  ),
  // "you used Perl for FastMail": the thing used for something is used by it.
  {
    name: 'used-for',
    maxWords: 2,
    relation: 'uses',
    direction: 'reverse',
    before: ending('{v:use}(?: {det})?'),
    gap: full('for(?: {det})?'),
    confidence: 0.6,
  },
  // "a program on my Commodore 64 in BASIC": a language on the hardware it runs on.
  {
    name: 'in-language',
    maxWords: 1,
    relation: 'runs_on',
    direction: 'reverse',
    gap: full('in'),
    source: ['ProgrammingLanguage'],
    target: ['Hardware'],
    confidence: 0.55,
  },
  // "SQLite ships with Python", "Python comes with SQLite": the software is part of the language's distribution.
  ...(['forward', 'reverse'] as const).map(
    (direction): Rule => ({
      name: `bundled-with-${direction}`,
      needs: new Set(['with']),
      maxWords: 4,
      relation: 'part_of',
      direction,
      gap: full('(?:{aux} )?(?:ships|shipped|shipping|comes|came|coming|bundled|distributed|included) with(?: {det})?'),
      source: ['Software'],
      target: ['ProgrammingLanguage'],
      confidence: 0.65,
    }),
  ),
  // "the Python frameworks such as Django": the examples of a language's software use the language.
  {
    name: 'such-as',
    needs: /such as|like|including/,
    maxWords: 5,
    relation: 'uses',
    direction: 'reverse',
    gap: full(
      '(?:(?!(?:with|to|for|from|than|and|or|in|on|of|vs)\\b)\\S+ )?(?:ones|frameworks?|librar(?:y|ies)|packages?|tools|projects|modules|libs|apps|bindings) (?:such as|like|including)',
    ),
    source: ['Software'],
    target: ['ProgrammingLanguage'],
    confidence: 0.6,
  },
  // "a free Pascal project called Lazarus", "Delphi, which was Object Pascal".
  {
    name: 'based-on-naming-kind',
    needs: NAMING,
    relation: 'based_on',
    direction: 'reverse',
    gap: full(`(?:\\S+ )?(?:${PRODUCT}) (?:\\S+ )?(?:called|named)`),
    confidence: 0.6,
  },
  // Type statements, to a concept: "Zen is a microarchitecture", "Debian, a Linux distribution",
  // "Rust is one of those systems languages". The class noun's modifiers may come between.
  {
    name: 'is-a',
    maxWords: 7,
    relation: 'is_a',
    direction: 'forward',
    gap: full(
      `(?:(?:which|that) )?(?:(?:is|was|are|were|'s|became|becomes|remains|being|been|has been|had been)(?: (?:still|now|like|more|mostly|mainly|basically|essentially|fundamentally))? )?(?:a|an|the|another|one of (?:the|those|these|many)|(?:a |an )?(?:kind|type|form|sort|example|flavou?r|family) of(?: {det})?)(?: ${CLASS_MODIFIER}){0,3}`,
    ),
    target: ['Concept'],
    confidence: 0.7,
  },
  // "scripting languages like Python", "distributions such as Debian": the example is one of the class.
  {
    name: 'is-a-example',
    needs: /such as|like|including|example/,
    maxWords: 4,
    relation: 'is_a',
    direction: 'reverse',
    gap: full('(?:such as|like|including|for example|for instance)(?: {det})?'),
    plural: true,
    target: ['Concept'],
    confidence: 0.65,
  },
  {
    name: 'is-a-version',
    needs: new Set(['which', 'that']),
    maxWords: 3,
    relation: 'based_on',
    direction: 'forward',
    gap: full('(?:which|that) (?:was|is)(?: {det})?'),
    // "PyTorch, which is TensorFlow's rival" says nothing of lineage.
    after: /^(?!'s(?: |$))/,
    identity: true,
    source: ['ProgrammingLanguage', 'Software'],
    confidence: 0.55,
  },
  // "Lisp spawned two main dialects, Scheme and Clojure".
  {
    name: 'branches',
    needs: new Set(['branches', 'descendants', 'dialects', 'offshoots', 'successors', 'derivatives']),
    relation: 'based_on',
    direction: 'reverse',
    gap: full(
      '(?:{aux} )?(?:created|spawned|produced|had|has|inspired|gave rise to|led to)(?: \\S+){0,2}? (?:branches|descendants|dialects|offshoots|successors|derivatives)(?: (?:called|named))?',
    ),
    confidence: 0.7,
  },
  // "Jeremy Howard put the one cycle policy into the fastai library".
  {
    name: 'put-into',
    needs: new Set(['in', 'into', 'to']),
    maxWords: 2,
    relation: 'part_of',
    direction: 'forward',
    before: ending('(?:put|puts|putting|added|adds|add|adding|incorporated|integrated|baked|built|merged)(?: {det})?'),
    gap: full('(?:in|into|to)(?: {det})?'),
    confidence: 0.7,
  },
  // "a paper by a researcher named Ken Iverson, which was ... about notation ... called Notation as a Tool of Thought".
  {
    name: 'paper-called',
    needs: new Set(['paper', 'book', 'article', 'thesis', 'essay']),
    maxWords: 30,
    relation: 'authored',
    direction: 'forward',
    gap: full(
      '(?:which|that|who) (?:\\S+ ){0,14}?(?:paper|book|article|thesis|essay)(?: \\S+){0,8}? (?:called|named|titled)',
    ),
    source: ROLE_PERSON,
    confidence: 0.65,
  },
  // "Anders Hejlsberg, who previously did Turbo Pascal".
  {
    name: 'who-did',
    maxWords: 2,
    relation: 'created',
    direction: 'forward',
    gap: full('who did'),
    source: ROLE_PERSON,
    confidence: 0.6,
  },
  // Roles: "Jeremy Howard, the founder of fast.ai", "a former president of Kaggle".
  {
    name: 'founder-of',
    role: true,
    needs: /founder/,
    relation: 'founded',
    direction: 'forward',
    pre: true,
    gap: clause('{pre}(?:{aux} )?(?:{det} )?(?:\\S+ )?(?:co-?)?founders? of(?: {det})?'),
    source: ROLE_PERSON,
    confidence: 0.85,
  },
  // "Canonical is the company behind Ubuntu", "the team behind Firefox".
  {
    name: 'maker-behind',
    needs: new Set(['behind']),
    maxWords: 6,
    relation: 'created',
    direction: 'forward',
    gap: full(
      '(?:(?:which|that|who) )?(?:{aux} )?(?:{det} )?(?:\\S+ )?(?:company|team|organi[sz]ation|group|people|folks|guys|startup|lab|one|ones) behind(?: {det})?',
    ),
    confidence: 0.75,
  },
  {
    name: 'creator-of',
    role: true,
    needs: /creator|developer|inventor|designer|author|father|architect/,
    relation: 'created',
    direction: 'forward',
    pre: true,
    gap: clause(
      '{pre}(?:{aux} )?(?:{det} )?(?:\\S+ )?(?:co-?)?(?:creator|developer|inventor|designer|author|father|architect)s? of(?: {det})?',
    ),
    source: ROLE_PERSON,
    confidence: 0.8,
  },
  {
    name: 'leader-of',
    role: true,
    needs: /president|ceo|cto|head|director|leader|lead|chair|chief|manager|maintainer|host|organi[sz]er/,
    relation: 'leads',
    direction: 'forward',
    pre: true,
    gap: clause(
      '{pre}(?:{aux} )?(?:{det} )?(?:\\S+ )?(?:president|ceo|cto|head|director|leader|lead|chair|chairman|chairwoman|chief(?: \\S+)? officer|manager|maintainer|host|organi[sz]er)s? (?:of|at)(?: {det})?',
    ),
    source: ROLE_PERSON,
    confidence: 0.8,
  },
  {
    name: 'studied-at',
    needs: /stud|graduat|school|college|universit|phd|degree|masters|undergrad|alumn/,
    relation: 'studied_at',
    direction: 'forward',
    pre: true,
    gap: clause(
      '{pre}(?:{aux} )?(?:(?:{v:study}|went to (?:school|college|university)|got (?:a|his|her) (?:phd|degree|masters)|(?:{det} )?(?:\\S+ ){0,2}?(?:student|phd|undergrad|alumnus|alumna)s?) (?:at|from|of|in))(?: {det})?',
    ),
    confidence: 0.75,
  },
  {
    name: 'works-at-role',
    role: true,
    needs:
      /researcher|scientist|engineer|professor|employee|fellow|intern|member|lecturer|postdoc|consultant|partner|programmer|developer|job|position|staff|director|head|vp|chief|lead|manager/,
    relation: 'works_at',
    direction: 'forward',
    pre: true,
    gap: clause(
      '{pre}(?:{aux} )?(?:{det} )?(?:\\S+ ){0,3}?(?:researcher|scientist|engineer|professor|employee|fellow|intern|member|lecturer|postdoc|consultant|partner|programmer|developer|job|position|staff)s?(?: {aux})? (?:at|for|with|in)(?: {det})?|{pre}(?:{aux} )?(?:{det} )?(?:\\S+ )?(?:director|head|vp|chief|lead|leader|manager) of (?:\\S+ ){1,3}?(?:at|for)(?: {det})?',
    ),
    source: ROLE_PERSON,
    confidence: 0.8,
  },
  {
    name: 'works-at',
    unless:
      /(?:^| )(?:friends?|people|colleagues|folks|guys|someone|somebody|everyone|customers|partners|users|fans|talks?|talked|spoke|speaking|met|meet|presented|conference)(?: |$)/,
    needs: /\b(?:at|for|by|with|joined|joins|joining|hired|left|quit|hopped|moved|employee)\b/,
    // "at a Microsoft conference" is a place to be, not an employer.
    after: /^(?!(?:conference|event|summit|keynote|meetup|store|office|booth|party|campus)s?\b)/,
    relation: 'works_at',
    direction: 'forward',
    pre: true,
    gap: clause(
      '{pre}(?:{aux} )?(?:(?:now|currently|still|then|once|also|formerly) )?(?:(?:{v:work}|employed) (?:at|for|by|with)|at|for)(?: {det})?|{pre}(?:{aux} )?(?:joined|joins|joining|hired by|went to work (?:at|for))(?: {det})?' +
        // Tenures and moves: "eight years with IBM", "my time at Kaggle", "left Sun", "hopped to Netscape".
        '|{pre}(?:{aux} )?(?:spent )?(?:(?:about|almost|nearly|over|a|an|\\S+) )?(?:years?|months|decades?|stint|tenure|time|days) (?:at|with|in)(?: {det})?' +
        '|{pre}(?:{aux} )?(?:left|quit|hopped (?:over )?to|moved (?:over )?to|(?:an )?employee (?:of|at))(?: {det})?',
    ),
    source: ROLE_PERSON,
    confidence: 0.7,
  },
  // Lineage: "J was built on the learnings of APL", "sits on top of Halide", "inspired by".
  {
    name: 'successor-of',
    needs: /successor|replac|supersed|succeed|next version|new version|newer version/,
    relation: 'successor_of',
    direction: 'forward',
    pre: true,
    gap: clause(
      '{pre}(?:{aux} )?(?:(?:{det} )?(?:\\S+ )?(?:successor|replacement|(?:next|newer|new) version) (?:of|to|for)|{v:replace})(?: {det})?',
    ),
    confidence: 0.75,
  },
  {
    name: 'based-on',
    needs: /\b(?:on|from|of|by|after|around|over)\b|recreat|reimplement|imitate|emulate|clon/,
    relation: 'based_on',
    direction: 'forward',
    pre: true,
    gap: clause(
      `{pre}(?:{aux} )?(?:(?:based|built|building|builds|layered|sits|sitting|sat|sit|rests|resting) on(?: top of)?|(?:derived|descended|forked|borrowed|evolved|grew|grown|came) (?:out )?(?:from|of)|(?:inspired|influenced|modeled|modelled|patterned) (?:by|on|after)|(?:{det} )?(?:\\S+ )?(?:version|fork|implementation|dialect|descendant|derivative|clone|port|variant|variation|flavou?r|superset|reimplementation|rewrite|recreation|layer|wrapper|extension)s? (?:of|on top of|around|over)|(?:{det} )?(?:\\S+ ){0,2}?(?:library|framework|api|interface|front ?end|abstraction|shell|gui|dsl) (?:on top of|built on)|(?:\\S+ ){0,2}?(?:to )?(?:recreate|recreating|reimplement|reimplementing|imitate|emulate|clone|cloning))${BASE_OBJECT}`,
    ),
    confidence: 0.8,
  },
  {
    name: 'runs-on',
    needs: /\bon\b|ported/,
    relation: 'runs_on',
    direction: 'forward',
    pre: true,
    gap: clause(
      '{pre}(?:{aux} )?(?:(?:{v:run}|works|working|available|deployed) on(?: top of)?|ported to)(?: {det})?(?: \\S+)?',
    ),
    confidence: 0.75,
  },
  // Software right before hardware: "Python on a GPU", "kernels for the TPU".
  {
    name: 'on-hardware',
    needs: new Set(['on']),
    maxWords: 5,
    relation: 'runs_on',
    direction: 'forward',
    gap: full('(?:{aux} )?(?:running |run |runs |ran )?on(?: {det})?(?: \\S+)?'),
    target: ['Hardware'],
    confidence: 0.6,
  },
  {
    name: 'for-hardware',
    needs: new Set(['for']),
    maxWords: 3,
    relation: 'targets',
    direction: 'forward',
    gap: full('for(?: {det})?(?: \\S+)?'),
    target: ['Hardware'],
    confidence: 0.6,
  },
  {
    name: 'compiles-to',
    needs: /\b(?:to|into)\b/,
    relation: 'compiles_to',
    direction: 'forward',
    pre: true,
    gap: clause('{pre}(?:{aux} )?{v:compile}(?: \\S+)?(?: down)? (?:to|into)(?: {det})?'),
    confidence: 0.8,
  },
  {
    name: 'targets',
    needs: /target|back ?ends?|\bfor\b/,
    relation: 'targets',
    direction: 'forward',
    pre: true,
    gap: clause(
      '{pre}(?:{aux} )?(?:{v:target}|(?:write |writing )?(?:\\S+ )?(?:backends?|back ends?) for|generates? code for|compiles? for|(?:{det} )?(?:\\S+ ){0,3}?(?:checker|compiler|interpreter|library|framework|ide|editor|plugin|package|binding|frontend|runtime|debugger|linter|profiler|type checker)s? for)(?: {det})?(?: \\S+)?',
    ),
    confidence: 0.75,
  },
  {
    name: 'part-of',
    needs: /\b(?:of|in|into|inside)\b/,
    relation: 'part_of',
    direction: 'forward',
    pre: true,
    gap: clause(
      '{pre}(?:{aux} )?(?:(?:{det} )?(?:\\S+ )?(?:part|subset|component|module|piece|division|subsidiary|member|branch|arm|section|feature|extension) of|(?:included|bundled|shipped|integrated|built) (?:in|into|inside)|inside)(?: {det})?',
    ),
    confidence: 0.75,
  },
  {
    name: 'discovered',
    needs: new Set(verbWords('discover')),
    relation: 'discovered',
    direction: 'forward',
    pre: true,
    gap: clause(
      '{pre}(?:{aux} )?(?:the one who )?{v:discover}(?:(?: \\S+){0,4}? (?:which|that) (?:he|she|they|we|it) (?:calls?|called|named|dubbed)|{obj})',
    ),
    confidence: 0.85,
  },
  {
    name: 'named-by',
    // "which he calls X" coins a name; "what I call X" only describes.
    notNarrator: true,
    needs: /call|named|dubbed|coined/,
    relation: 'discovered',
    direction: 'forward',
    gap: full(
      '(?:{aux} )?(?:calls?|called|named|dubbed|coined)(?: {det})?(?: (?:language|project|library|system|idea|technique|method|approach|company|startup|framework|tool))?',
    ),
    source: ROLE_PERSON,
    confidence: 0.7,
  },
  {
    name: 'created',
    needs: new Set([...verbWords('create'), ...verbWords('found'), 'into']),
    relation: 'created',
    direction: 'forward',
    pre: true,
    gap: clause(
      '{pre}(?:{aux} )?(?:(?:the one who |one who |(?:went|go|goes|going) on (?:to )?|going to |helped (?:to )?|help (?:to )?)?(?:{v:create}|{v:found}){obj}|(?:turned|turns|turn|made|make|makes) (?:that|this|it|them) into{obj})',
    ),
    confidence: 0.85,
  },
  {
    name: 'leads',
    needs: new Set([...verbWords('lead'), 'charge']),
    relation: 'leads',
    direction: 'forward',
    pre: true,
    gap: clause('{pre}(?:{aux} )?(?:the one who )?(?:{v:lead}|in charge of){obj}'),
    source: ROLE_PERSON,
    confidence: 0.8,
  },
  // "Carol Bartz was running Yahoo" leads it; "I still run Ubuntu" does not.
  {
    name: 'leads-run',
    needs: new Set(verbWords('run')),
    relation: 'leads',
    direction: 'forward',
    pre: true,
    gap: clause('{pre}(?:{aux} )?(?:the one who )?{v:run}{obj}'),
    source: ROLE_PERSON,
    target: ['Organization', 'Event'],
    confidence: 0.75,
  },
  // "I still run Ubuntu": what a person or a company runs, it uses.
  {
    name: 'uses-run',
    needs: new Set(verbWords('run')),
    relation: 'uses',
    direction: 'forward',
    pre: true,
    gap: clause('{pre}(?:{aux} )?{v:run}{obj}'),
    source: ['Person', 'Organization'],
    target: ['Software', 'ProgrammingLanguage', 'Hardware'],
    confidence: 0.65,
  },
  {
    name: 'uses',
    needs: new Set([
      ...verbWords('use'),
      'written',
      'implemented',
      'programmed',
      'coded',
      'built',
      'done',
      'powered',
      'top',
      'about',
    ]),
    relation: 'uses',
    direction: 'forward',
    pre: true,
    gap: clause(
      "{pre}(?:{aux} )?(?:{v:use}|(?:written|implemented|programmed|coded|built|done) (?:in|with)|powered by|on top of|(?:is|was|are|'s) (?:all )?about)(?: {det})?",
    ),
    confidence: 0.7,
  },
  // "fast.ai has a focus on teaching deep learning to coders": what an organization or a project is devoted to.
  {
    name: 'focus-on',
    needs: /focus|dedicated|devoted|speciali[sz]/,
    relation: 'uses',
    direction: 'forward',
    pre: true,
    gap: clause(
      '{pre}(?:{aux} )?(?:(?:has|have|had|with) (?:a |its |their |his |her )?(?:\\S+ )?focus on|focus(?:es|ed|ing)? on|(?:dedicated|devoted) to|speciali[sz](?:es|ed|ing) in)(?: (?:{det}|practical|applied|the use of|applications? of|application of|making|using|bringing|teaching|research on|research in|\\S+ing)){0,4}',
    ),
    source: ['Organization', 'Software'],
    confidence: 0.6,
  },
  // "he trained ImageNet", "trained on CIFAR-10": the data a person or a model learns from.
  {
    name: 'trained-on',
    needs: /\btrain/,
    relation: 'uses',
    direction: 'forward',
    pre: true,
    gap: clause('{pre}(?:{aux} )?(?:trained|trains|train|training)(?: {det})?(?: \\S+)?(?: on| with)?(?: {det})?'),
    target: ['Dataset'],
    confidence: 0.6,
  },
  {
    name: 'won',
    needs: new Set([...verbWords('win'), 'first', 'achievement', 'victory', 'record']),
    relation: 'won',
    direction: 'forward',
    pre: true,
    gap: clause(
      '{pre}(?:{aux} )?(?:{v:win}|(?:took|came|placed|finished) first (?:place )?(?:in|at)|(?:achievement|victory|win|record) (?:on|in|at))(?: {det})?(?: \\S+)?',
    ),
    confidence: 0.8,
  },
  {
    name: 'competes-with',
    needs: /compet|rival|alternative|versus|\bvs\b/,
    relation: 'competes_with',
    direction: 'forward',
    pre: true,
    gap: clause(
      '{pre}(?:{aux} )?(?:{v:compete} (?:with|against)|(?:{det} )?(?:competitors?|rivals?|alternative|competition) (?:of|to|with|for)|versus|vs)(?: {det})?',
    ),
    confidence: 0.7,
  },
];
