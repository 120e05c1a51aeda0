/**
 * What went wrong, seen from the user: it decides what to do next, and the CLI's exit code.
 * - `input`: a file or folder given is wrong (a transcript, a catalog, a graph.json, --out)
 * - `usage`: the command or the call is wrong (an option's value, a missing setting)
 * - `service`: a service talkgraph needs (Neo4j) cannot be reached, or refuses the request
 * - `internal`: a bug in talkgraph
 */
export const ERROR_KINDS = ['input', 'usage', 'service', 'internal'] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];

/**
 * The base of talkgraph's errors. The message is one line that names the problem and says how to
 * fix it; it carries no package prefix (the CLI adds `talkgraph: `).
 */
export class TalkgraphError extends Error {
  override readonly name: string = 'TalkgraphError';

  constructor(
    readonly kind: ErrorKind,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/** Something wrong with a file or folder the user gave; the message starts with its path. */
export class InputError extends TalkgraphError {
  override readonly name = 'InputError';

  constructor(
    readonly file: string,
    problem: string,
    options?: ErrorOptions,
  ) {
    super('input', `${file}: ${problem}`, options);
  }
}

/** A command line or a call that cannot work as given: a bad option value, a missing setting. */
export class UsageError extends TalkgraphError {
  override readonly name = 'UsageError';

  constructor(message: string, options?: ErrorOptions) {
    super('usage', message, options);
  }
}

/** A service talkgraph talks to (Neo4j) cannot be reached, or refuses what talkgraph asks. */
export class ServiceError extends TalkgraphError {
  override readonly name = 'ServiceError';

  constructor(message: string, options?: ErrorOptions) {
    super('service', message, options);
  }
}

/** A state talkgraph should never reach: a bug, or a broken installation. */
export class InternalError extends TalkgraphError {
  override readonly name = 'InternalError';

  constructor(message: string, options?: ErrorOptions) {
    super('internal', message, options);
  }
}

/** The kind of any thrown value: a TalkgraphError's own, `internal` for everything else. */
export function errorKind(error: unknown): ErrorKind {
  return error instanceof TalkgraphError ? error.kind : 'internal';
}

/**
 * An error as plain data, to cross a worker thread's message port: structured cloning keeps
 * neither the class nor the kind of an error.
 */
export interface ErrorData {
  kind: ErrorKind;
  name: string;
  message: string;
  stack: string | null;
}

export function toErrorData(error: unknown): ErrorData {
  if (!(error instanceof Error)) return { kind: 'internal', name: 'Error', message: String(error), stack: null };
  return { kind: errorKind(error), name: error.name, message: error.message, stack: error.stack ?? null };
}

/** The error back from its data, with its kind, name, message and the stack where it was thrown. */
export function fromErrorData(data: ErrorData): TalkgraphError {
  const error = new TalkgraphError(data.kind, data.message);
  Object.defineProperty(error, 'name', { value: data.name });
  if (data.stack !== null) error.stack = data.stack;
  return error;
}
