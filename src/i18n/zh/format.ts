import type { LocalDate } from '../../time/zonedTime.ts';
import type { ClassTitle, SessionKind } from '../../domain/serviceKinds.ts';
import type { District } from '../../domain/xiamenPlaces.ts';

const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];

const KINDS: Record<SessionKind, string> = { half_day: '半日托', temporary_care: '临时托', trial_class: '体验课' };
const CLASSES: Record<ClassTitle, string> = {
  picture_books: '绘本课',
  gross_motor: '大运动课',
  music_social: '音乐社交课',
  sensory_integration: '感统训练',
};
const DISTRICTS: Record<District, string> = {
  siming: '思明区',
  huli: '湖里区',
  jimei: '集美区',
  haicang: '海沧区',
  tongan: '同安区',
  xiangan: '翔安区',
};

function weekdayOf(date: LocalDate): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/** Dates, times, ages, distances and names of things, in Chinese. */
export const format = {
  /** '12月5日（周六）' */
  date(date: LocalDate): string {
    const [, m, d] = date.split('-').map(Number) as [number, number, number];
    return `${m}月${d}日（${WEEKDAYS[weekdayOf(date)]}）`;
  },
  dateRange(from: LocalDate, to: LocalDate): string {
    return from === to ? format.date(from) : `${format.date(from)}至${format.date(to)}`;
  },
  weekday: (wd: number) => WEEKDAYS[wd] ?? '',
  timeRange: (start: string, end: string) => `${start}–${end}`,
  /** '8个月', '2岁', '2岁3个月' */
  age(months: number): string {
    const y = Math.floor(months / 12);
    const m = months % 12;
    if (y === 0) return `${m}个月`;
    return m === 0 ? `${y}岁` : `${y}岁${m}个月`;
  },
  ageRange: (min: number, max: number) => `${min}–${max}个月`,
  distance: (km: number) => `约${km.toFixed(1)}公里`,
  district: (d: District) => DISTRICTS[d],
  partOfDay: (p: 'morning' | 'afternoon'): string => (p === 'morning' ? '上午' : '下午'),
  kind: (k: SessionKind) => KINDS[k],
  classTitle: (c: ClassTitle) => CLASSES[c],
  /** '半日托', '绘本课（1小时体验）' */
  service(kind: SessionKind, classTitle?: ClassTitle | null): string {
    return kind === 'trial_class' && classTitle ? `${CLASSES[classTitle]}（1小时体验）` : KINDS[kind];
  },
  list: (items: string[]) => items.join('、'),
  unknownDay: '那天',
  places: (n: number) => `${n}个名额`,
};
