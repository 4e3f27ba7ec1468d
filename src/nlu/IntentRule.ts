import type { Intent } from './types.ts';

/** One piece of evidence for an intent: when the pattern matches the prepared message, the intent gains the weight. */
export type IntentRule = [Intent, RegExp, number];
