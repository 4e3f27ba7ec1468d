import type { Lang } from '../../i18n/languages.ts';
import type { ArbitrationWords, IntentRule } from '../IntentRule.ts';
import { zhArbitration, zhIntentRules } from './zhIntentRules.ts';
import { enArbitration, enIntentRules } from './enIntentRules.ts';

/**
 * The words language understanding knows, per language. Parents mix
 * languages in one message ("周六morning有slot吗"), so every lexicon's rules
 * are applied to every message. Adding a language adds its file here.
 */
export const INTENT_LEXICONS: Record<Lang, IntentRule[]> = { zh: zhIntentRules, en: enIntentRules };

export const INTENT_RULES: IntentRule[] = Object.values(INTENT_LEXICONS).flat();

const ARBITRATION_LEXICONS: Record<Lang, ArbitrationWords> = { zh: zhArbitration, en: enArbitration };

/** Every language's arbitration words joined into one pattern per kind (case-insensitive). */
export const ARBITRATION = Object.fromEntries(
  (Object.keys(zhArbitration) as Array<keyof ArbitrationWords>).map((k) => [
    k,
    new RegExp(
      Object.values(ARBITRATION_LEXICONS)
        .map((l) => `(?:${l[k].source})`)
        .join('|'),
      'i',
    ),
  ]),
) as unknown as ArbitrationWords;
