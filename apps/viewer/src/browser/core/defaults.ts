import { DEFAULT_STATE, type ViewState } from './url-state.js';

/** Beyond this many nodes a first view is a ball of dots: the map opens on the most mentioned. */
const FIRST_VIEW_NODES = 400;
/** From this many nodes, those linked to nothing shown open hidden (a ring of one-mention dots). */
const HIDE_ISOLATED_FROM = 200;
/** Labels on a large graph's first view: the top nodes, by PageRank. */
const FIRST_VIEW_LABELS = 60;

/**
 * The view a graph opens with, chosen from its size: a small graph shows everything; a large one
 * its most mentioned nodes, without isolated ones, with the top nodes labelled. Every one of these
 * is a control in the panel, and a link records only what differs from them.
 */
export function viewDefaults(mentionCounts: readonly number[]): ViewState {
  const n = mentionCounts.length;
  const state = { ...DEFAULT_STATE, hideIsolated: n >= HIDE_ISOLATED_FROM };
  if (n <= FIRST_VIEW_NODES) return state;
  const sorted = [...mentionCounts].sort((a, b) => b - a);
  // The smallest minimum that leaves at most FIRST_VIEW_NODES nodes, or else the most mentioned.
  const minMentions = Math.min(sorted[FIRST_VIEW_NODES]! + 1, sorted[0]!);
  return { ...state, minMentions, labels: FIRST_VIEW_LABELS };
}
