/**
 * The kinds of service a point offers and the trial classes. Their names are
 * words, in the catalogue (src/i18n/<lang>/format.ts).
 */
export const SESSION_KINDS = ['half_day', 'temporary_care', 'trial_class'] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];

export const CLASS_TITLES = ['picture_books', 'gross_motor', 'music_social', 'sensory_integration'] as const;
export type ClassTitle = (typeof CLASS_TITLES)[number];

/**
 * Care where the parent leaves the child: only an institution-embedded point
 * (机构嵌入型) may offer it, and it is free only at weekends. Every rule about
 * drop-off care reads this list.
 */
export const DROP_OFF_KINDS: readonly SessionKind[] = ['half_day', 'temporary_care'];

export function isDropOff(kind: SessionKind): boolean {
  return DROP_OFF_KINDS.includes(kind);
}
