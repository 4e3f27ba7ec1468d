import type { Understanding } from '../../../nlu/types.ts';
import type { PendingStep } from '../../DialogueState.ts';
import type { Reply } from '../Reply.ts';

/**
 * The answer to a question the assistant asked (one module per kind of
 * question). `answer` returns false when the message is not an answer to it,
 * and the message is then handled as a request of its own.
 */
export interface Step<T extends PendingStep['type'] = PendingStep['type']> {
  type: T;
  answer(r: Reply, u: Understanding, step: Extract<PendingStep, { type: T }>, text: string): Promise<boolean>;
}

export function defineStep<T extends PendingStep['type']>(step: Step<T>): Step<T> {
  return step;
}
