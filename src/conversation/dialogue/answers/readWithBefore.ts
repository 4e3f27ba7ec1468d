/**
 * The one decider of which words a follow-up's chosen sections are quoted for: the question before with the
 * follow-up, when that reading is answered by them (it says what the follow-up is about: "ok how do we get rid of it?"
 * is the dummy's), else the follow-up's own words — the question before may hold words the chosen section never says
 * ("孩子发烧39度 我婆婆 want to 捂汗" before a Chinese doctor's section) and would turn the answer into "not covered".
 */
import { answersQuestion, type Passage } from './presentAnswer.ts';

export function readWithBefore(previous: string, question: string, passages: Passage[]): { query: string } {
  const withBefore = `${previous}\n${question}`;
  return { query: answersQuestion(withBefore, passages) ? withBefore : question };
}
