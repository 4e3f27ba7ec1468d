import type { LocalDate } from '../../time/zonedTime.ts';
import type { ClassTitle, SessionKind } from '../../domain/serviceKinds.ts';
import type { District } from '../../domain/xiamenPlaces.ts';
import type { format as zhFormat } from '../zh/format.ts';

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const KINDS: Record<SessionKind, string> = { half_day: 'half-day care', temporary_care: 'temporary care', trial_class: 'trial class' };
const CLASSES: Record<ClassTitle, string> = {
  picture_books: 'picture books',
  gross_motor: 'gross motor',
  music_social: 'music & social',
  sensory_integration: 'sensory integration',
};
const DISTRICTS: Record<District, string> = {
  siming: 'Siming',
  huli: 'Huli',
  jimei: 'Jimei',
  haicang: 'Haicang',
  tongan: "Tong'an",
  xiangan: "Xiang'an",
};

function weekdayOf(date: LocalDate): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Dates, times, ages, distances and names of things, in English. */
export const format: typeof zhFormat = {
  /** 'Sat 5 Dec' */
  date(date: LocalDate): string {
    const [, m, d] = date.split('-').map(Number) as [number, number, number];
    return `${WEEKDAYS[weekdayOf(date)]} ${d} ${MONTHS[m - 1]}`;
  },
  dateRange(from: LocalDate, to: LocalDate): string {
    return from === to ? format.date(from) : `${format.date(from)} – ${format.date(to)}`;
  },
  weekday: (wd: number) => WEEKDAYS[wd] ?? '',
  timeRange: (start: string, end: string) => `${start}–${end}`,
  age(months: number): string {
    const y = Math.floor(months / 12);
    const m = months % 12;
    if (y === 0) return plural(m, 'month');
    return m === 0 ? plural(y, 'year') : `${y} y ${m} m`;
  },
  ageRange: (min: number, max: number) => `${min}–${max} months`,
  distance: (km: number) => `${km.toFixed(1)} km`,
  district: (d: District) => DISTRICTS[d],
  partOfDay: (p: 'morning' | 'afternoon') => p,
  kind: (k: SessionKind) => KINDS[k],
  classTitle: (c: ClassTitle) => CLASSES[c],
  service(kind: SessionKind, classTitle?: ClassTitle | null): string {
    return kind === 'trial_class' && classTitle ? `${CLASSES[classTitle]} class (1 hour)` : KINDS[kind];
  },
  list: (items: string[]) => items.join(', '),
  unknownDay: 'that day',
  places: (n: number) => plural(n, 'place'),
};
