import type { Lang } from '../../i18n/languages.ts';
import type { IntentRule } from '../IntentRule.ts';
import { zhIntentRules } from './zhIntentRules.ts';
import { enIntentRules } from './enIntentRules.ts';

/**
 * The words language understanding knows, per language. Parents mix
 * languages in one message ("周六morning有slot吗"), so every lexicon's rules
 * are applied to every message. Adding a language adds its file here.
 */
export const INTENT_LEXICONS: Record<Lang, IntentRule[]> = { zh: zhIntentRules, en: enIntentRules };

export const INTENT_RULES: IntentRule[] = Object.values(INTENT_LEXICONS).flat();
