/**
 * The one decider of which words a follow-up's chosen sections are quoted for: the follow-up's own words, or the
 * question before with them. Each caller says which reading it prefers; the other is taken when the preferred one is
 * not answered by the sections (it would turn a chosen section into "not covered").
 *  - 'before': the question before says what the follow-up is about — "那要不要带去看" after late talking is about the
 *    milestone; but "孩子发烧39度 我婆婆 want to 捂汗" holds words a Chinese doctor's section never says, so its own words.
 *  - 'own': the follow-up says which part of an already chosen section — "is it contagious?" after hand, foot and mouth
 *    is the line on spreading, not the symptoms the question before names; "ok how do we get rid of it?" after a dummy
 *    says nothing the section does, so the dummy question with it.
 */
import { answersQuestion, type Passage } from './presentAnswer.ts';

export type FollowUpReadingPreference = 'before' | 'own';

export function readWithBefore(previous: string, question: string, passages: Passage[], prefer: FollowUpReadingPreference): { query: string } {
  const withBefore = `${previous}\n${question}`;
  const [first, second] = prefer === 'before' ? [withBefore, question] : [question, withBefore];
  return { query: answersQuestion(first, passages) ? first : second };
}
