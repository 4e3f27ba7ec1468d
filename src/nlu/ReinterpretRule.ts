import type { Intent, Slots, UnderstandContext } from './types.ts';

/** What a piece of text has been read to ask for so far: changed in place by the rules that apply. */
export interface Reading {
  intent: Intent;
  confidence: number;
  slots: Slots;
}

/** The words a reading was made from, in the forms the rules read. */
export interface ReadWords {
  /** The message as the parent wrote it (names and places quoted back from it). */
  original: string;
  /** The prepared text every rule reads (prepareText: Simplified, lowercase, typos repaired). */
  t: string;
  /** The prepared text with taking the child to a named place set aside ("能带她去思明那边吗"): what is left to ask about the service. */
  tq: string;
  /** Whether a district, neighbourhood or point was named when the rules began. */
  place: boolean;
}

/**
 * One reinterpretation: when the classifier's reading, seen with the words and the conversation, means something else,
 * `apply` changes it. Rules are tried in order, each on the reading the ones before it left; a `final` rule that applies
 * ends the reading.
 */
export interface ReinterpretRule<W = ReadWords> {
  name: string;
  /** Why the reading changes, with the messages that showed it. */
  why: string;
  applies(reading: Reading, words: W, ctx: UnderstandContext): boolean;
  apply(reading: Reading, words: W, ctx: UnderstandContext): void;
  final?: true;
}
