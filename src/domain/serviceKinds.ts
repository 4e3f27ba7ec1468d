/** The kinds of service a point offers, with their names in both languages. */

export type Lang = 'zh' | 'en';

export const SESSION_KINDS = ['half_day', 'temporary_care', 'trial_class'] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];

export const CLASS_TITLES = ['picture_books', 'gross_motor', 'music_social', 'sensory_integration'] as const;
export type ClassTitle = (typeof CLASS_TITLES)[number];

export const KIND_NAMES: Record<SessionKind, Record<Lang, string>> = {
  half_day: { zh: '半日托', en: 'half-day care' },
  temporary_care: { zh: '临时托', en: 'temporary care' },
  trial_class: { zh: '体验课', en: 'trial class' },
};

export const CLASS_NAMES: Record<ClassTitle, Record<Lang, string>> = {
  picture_books: { zh: '绘本课', en: 'picture books' },
  gross_motor: { zh: '大运动课', en: 'gross motor' },
  music_social: { zh: '音乐社交课', en: 'music & social' },
  sensory_integration: { zh: '感统训练', en: 'sensory integration' },
};

export function serviceName(kind: SessionKind, classTitle: ClassTitle | null | undefined, lang: Lang): string {
  if (kind === 'trial_class' && classTitle) {
    return lang === 'zh' ? `${CLASS_NAMES[classTitle].zh}（1小时体验）` : `${CLASS_NAMES[classTitle].en} class (1 hour)`;
  }
  return KIND_NAMES[kind][lang];
}
