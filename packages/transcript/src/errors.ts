// The parsers' one error: a problem with the transcript file (talkgraph's errors live in @talkgraph/errors).
export { InputError } from '@talkgraph/errors';
