import { describe, expect, test } from '@jest/globals';
import { MessageChannel, receiveMessageOnPort } from 'node:worker_threads';
import {
  ERROR_KINDS,
  errorKind,
  fromErrorData,
  InputError,
  InternalError,
  ServiceError,
  TalkgraphError,
  toErrorData,
  UsageError,
} from '@talkgraph/errors';

/** Sends a value through a real message port, as the CLI's worker threads do. */
function throughPort<T>(value: T): T {
  const { port1, port2 } = new MessageChannel();
  port1.postMessage(value);
  const received = receiveMessageOnPort(port2);
  port1.close();
  port2.close();
  return received?.message as T;
}

describe('errors', () => {
  test('each class has its kind and name, and InputError names the file first', () => {
    const cases = [
      [new InputError('talk.vtt', 'line 3: no cue time; add one'), 'input', 'InputError'],
      [new UsageError('no password; give --password'), 'usage', 'UsageError'],
      [new ServiceError('cannot reach Neo4j at bolt://localhost:7687'), 'service', 'ServiceError'],
      [new InternalError('the worker stopped'), 'internal', 'InternalError'],
    ] as const;
    expect(cases.map(([, kind]) => kind)).toEqual(ERROR_KINDS);
    for (const [error, kind, name] of cases) {
      expect(error).toBeInstanceOf(TalkgraphError);
      expect(error).toBeInstanceOf(Error);
      expect(errorKind(error)).toBe(kind);
      expect(error.name).toBe(name);
    }
    expect(cases[0][0].message).toBe('talk.vtt: line 3: no cue time; add one');
    expect(cases[0][0].file).toBe('talk.vtt');
  });

  test('anything that is not a TalkgraphError is internal', () => {
    expect(errorKind(new TypeError('x is undefined'))).toBe('internal');
    expect(errorKind('a string')).toBe('internal');
    expect(toErrorData(42)).toEqual({ kind: 'internal', name: 'Error', message: '42', stack: null });
  });

  test('a posted error loses its class; its data keeps kind, name, message and stack', () => {
    const error = new InputError('talk.srt', 'line 6: malformed cue time; fix it');
    expect(errorKind(throughPort(error))).toBe('internal');

    const back = fromErrorData(throughPort(toErrorData(error)));
    expect(back).toBeInstanceOf(TalkgraphError);
    expect(back.kind).toBe('input');
    expect(back.name).toBe('InputError');
    expect(back.message).toBe(error.message);
    expect(back.stack).toBe(error.stack);

    const bug = fromErrorData(throughPort(toErrorData(new RangeError('index 9 out of range'))));
    expect([bug.kind, bug.name, bug.message]).toEqual(['internal', 'RangeError', 'index 9 out of range']);
  });
});
