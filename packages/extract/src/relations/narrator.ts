import type { Transcript } from '@talkgraph/transcript';
import type { EntityKind } from '../types.js';
import type { Placed, Words } from './words.js';

/**
 * Who says "I", "we" and "my" in each segment: in interviews most relations are stated in the first
 * person ("I joined Netscape in 1995"). A speaker label names the narrator when it matches a person
 * found in the episode; without usable labels (Whisper, YouTube captions) the guest the host
 * introduces at the start ("a conversation with X", "my guest today is X") narrates the answers.
 */
interface Person {
  id: string;
  label: string;
}

export type NarratorOf = (word: number) => string | undefined;

/** The host introduces the guest within this many words of the start (sponsor reads come between). */
const OPENING = 2500;
/** Words right before a person's name that introduce the guest. */
const INTRODUCES =
  /(?:^| )(?:conversation with|interview with|talking (?:to|with)|speaking (?:to|with)|chatting with|joined by|(?:my|our) guest(?: today)? is|welcome(?: back)?(?: to the show)?)$/;
/** Words right after a person's name that welcome the guest ("X, welcome to the show"). */
const WELCOMED = /^(?:welcome|thanks for (?:joining|coming))(?: |$)/;

export function narrators(
  transcript: Transcript,
  words: Words,
  placed: readonly Placed[],
  entities: readonly { id: string; kind: EntityKind; label?: string }[],
): NarratorOf {
  const people = entities.flatMap((e) => (e.kind === 'Person' && e.label ? [{ id: e.id, label: e.label }] : []));
  const bySpeaker = new Map<string, string>();
  for (const segment of transcript.segments) {
    if (segment.speaker === null || bySpeaker.has(segment.speaker)) continue;
    const person = speakerPerson(segment.speaker, people);
    if (person) bySpeaker.set(segment.speaker, person);
  }
  if (bySpeaker.size > 0) {
    return (word) => {
      const speaker = transcript.segments[words.segment[word]!]!.speaker;
      return speaker === null ? undefined : bySpeaker.get(speaker);
    };
  }
  const guest = introducedGuest(words, placed, people);
  if (!guest) return () => undefined;
  const labelled = transcript.segments.some((s) => s.speaker !== null);
  // Anonymous labels ("Speaker 0"): the guest is the one who talks most after the introduction.
  const guestSpeaker = labelled ? mostWords(transcript, words, guest.from) : undefined;
  return (word) => {
    if (word <= guest.from) return undefined;
    const segment = transcript.segments[words.segment[word]!]!;
    if (labelled) return segment.speaker === guestSpeaker ? guest.entity : undefined;
    // Without labels, a question is the host's.
    return segment.text.includes('?') ? undefined : guest.entity;
  };
}

/** The person a label names: the whole name, or a first name that only one person has. */
function speakerPerson(speaker: string, people: readonly Person[]): string | undefined {
  const wanted = speaker.toLowerCase();
  const exact = people.find((p) => p.label.toLowerCase() === wanted);
  if (exact) return exact.id;
  const first = people.filter((p) => p.label.toLowerCase().split(' ')[0] === wanted);
  return first.length === 1 ? first[0]!.id : undefined;
}

/** The last guest introduction in the opening ("... here's my conversation with X"), and where it is. */
function introducedGuest(
  words: Words,
  placed: readonly Placed[],
  people: readonly Person[],
): { entity: string; from: number } | undefined {
  const isPerson = new Set(people.map((p) => p.id));
  let guest: { entity: string; from: number } | undefined;
  for (const p of placed) {
    if (p.first > OPENING) break;
    if (!isPerson.has(p.entity)) continue;
    if (INTRODUCES.test(span(words, p.first - 6, p.first)) || WELCOMED.test(span(words, p.last + 1, p.last + 5))) {
      guest = { entity: p.entity, from: p.last };
    }
  }
  return guest;
}

function span(words: Words, from: number, to: number): string {
  const out: string[] = [];
  for (let t = Math.max(0, from); t < Math.min(to, words.length); t++) {
    const word = words.norm(t);
    if (word) out.push(word);
  }
  return out.join(' ');
}

function mostWords(transcript: Transcript, words: Words, from: number): string | undefined {
  const counts = new Map<string, number>();
  for (let t = from + 1; t < words.length; t++) {
    const speaker = transcript.segments[words.segment[t]!]!.speaker;
    if (speaker !== null) counts.set(speaker, (counts.get(speaker) ?? 0) + 1);
  }
  let best: string | undefined;
  for (const [speaker, count] of [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (best === undefined || count > counts.get(best)!) best = speaker;
  }
  return best;
}
