import type { Lang } from '../../domain/serviceKinds.ts';
import { weekdayOf, type LocalDate } from '../../time/zonedTime.ts';

const ZH_WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];
const EN_WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "11月28日（周六）" / "Sat 28 Nov". */
export function formatDate(date: LocalDate, lang: Lang): string {
  const [, m, d] = date.split('-').map(Number) as [number, number, number];
  const wd = weekdayOf(date);
  return lang === 'zh' ? `${m}月${d}日（${ZH_WEEKDAYS[wd]}）` : `${EN_WEEKDAYS[wd]} ${d} ${EN_MONTHS[m - 1]}`;
}

/** A range: one day, or "11月28日（周六）至11月29日（周日）". */
export function formatDateRange(from: LocalDate, to: LocalDate, lang: Lang): string {
  if (from === to) return formatDate(from, lang);
  return lang === 'zh' ? `${formatDate(from, lang)}至${formatDate(to, lang)}` : `${formatDate(from, lang)} – ${formatDate(to, lang)}`;
}
