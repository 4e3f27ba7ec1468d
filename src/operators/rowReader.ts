import { DISTRICT_INFO, DISTRICTS, type District } from '../domain/xiamenPlaces.ts';
import { isValidLocalDate } from '../time/zonedTime.ts';
import type { RowProblem } from './OperatorError.ts';
import type { TableRow } from './readTable.ts';

const TRUE = new Set(['true', '1', 'yes', 'y', 'on', '是', '启用', '有效']);
const FALSE = new Set(['false', '0', 'no', 'n', 'off', '否', '停用', '无效']);

const WEEKDAY_WORDS: Record<string, number> = {
  mon: 1,
  monday: 1,
  tue: 2,
  tues: 2,
  tuesday: 2,
  wed: 3,
  wednesday: 3,
  thu: 4,
  thur: 4,
  thurs: 4,
  thursday: 4,
  fri: 5,
  friday: 5,
  sat: 6,
  saturday: 6,
  sun: 7,
  sunday: 7,
  周一: 1,
  周二: 2,
  周三: 3,
  周四: 4,
  周五: 5,
  周六: 6,
  周日: 7,
  周天: 7,
  星期一: 1,
  星期二: 2,
  星期三: 3,
  星期四: 4,
  星期五: 5,
  星期六: 6,
  星期日: 7,
  星期天: 7,
};
export const WEEKDAY_CODES = ['', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** District ids from the id, the Chinese or English name, or an alias. */
export function districtFromText(text: string): District | undefined {
  const t = text.trim().toLowerCase();
  for (const id of DISTRICTS) {
    const d = DISTRICT_INFO[id];
    if (t === id || t === d.zh || t === d.en.toLowerCase() || d.aliases.some((a) => a.toLowerCase() === t)) return id;
  }
  return undefined;
}

/**
 * Reads typed values from one file row, collecting a problem (line + field +
 * reason) for every bad value instead of stopping at the first.
 */
export function rowReader(row: TableRow, problems: RowProblem[]) {
  const raw = (field: string) => row.values[field] ?? '';
  const problem = (field: string, reason: string, facts?: Record<string, string | number>) => {
    const value = raw(field);
    problems.push({ line: row.line, field, reason, ...(value ? { value: value.slice(0, 80) } : {}), ...(facts ? { facts } : {}) });
    return undefined;
  };
  const present = (field: string, required: boolean): string | undefined => {
    const v = raw(field);
    if (v === '') return required ? problem(field, 'missing') : undefined;
    return v;
  };
  return {
    raw,
    problem,
    text(field: string, o: { required?: boolean; max?: number; pattern?: RegExp } = {}): string | undefined {
      const v = present(field, o.required ?? false);
      if (v === undefined) return undefined;
      if (o.max !== undefined && v.length > o.max) return problem(field, 'too_long', { max: o.max });
      if (o.pattern && !o.pattern.test(v)) return problem(field, 'bad_format');
      return v;
    },
    int(field: string, o: { required?: boolean; min?: number; max?: number } = {}): number | undefined {
      const v = present(field, o.required ?? false);
      if (v === undefined) return undefined;
      if (!/^-?\d{1,9}$/.test(v)) return problem(field, 'not_integer');
      const n = Number(v);
      if ((o.min !== undefined && n < o.min) || (o.max !== undefined && n > o.max)) {
        return problem(field, 'out_of_range', { min: o.min ?? '', max: o.max ?? '' });
      }
      return n;
    },
    number(field: string, o: { required?: boolean; min?: number; max?: number; reason?: string } = {}): number | undefined {
      const v = present(field, o.required ?? false);
      if (v === undefined) return undefined;
      const n = Number(v);
      if (!/^-?\d+(\.\d+)?$/.test(v) || !Number.isFinite(n)) return problem(field, 'not_number');
      if ((o.min !== undefined && n < o.min) || (o.max !== undefined && n > o.max)) {
        return problem(field, o.reason ?? 'out_of_range', { min: o.min ?? '', max: o.max ?? '' });
      }
      return n;
    },
    bool(field: string, def: boolean): boolean | undefined {
      const v = raw(field).toLowerCase();
      if (v === '') return def;
      if (TRUE.has(v)) return true;
      if (FALSE.has(v)) return false;
      return problem(field, 'not_boolean');
    },
    oneOf<T extends string>(field: string, allowed: readonly T[], o: { required?: boolean } = {}): T | undefined {
      const v = present(field, o.required ?? false);
      if (v === undefined) return undefined;
      const t = v.toLowerCase() as T;
      if (!allowed.includes(t)) return problem(field, 'not_allowed', { allowed: allowed.join(' | ') });
      return t;
    },
    district(field: string, o: { required?: boolean } = {}): District | undefined {
      const v = present(field, o.required ?? false);
      if (v === undefined) return undefined;
      return districtFromText(v) ?? problem(field, 'unknown_district', { allowed: DISTRICTS.join(' | ') });
    },
    date(field: string, o: { required?: boolean; notBefore?: string } = {}): string | undefined {
      const v = present(field, o.required ?? false);
      if (v === undefined) return undefined;
      if (!isValidLocalDate(v)) return problem(field, 'bad_date');
      if (o.notBefore && v < o.notBefore) return problem(field, 'date_in_past', { today: o.notBefore });
      return v;
    },
    time(field: string, o: { required?: boolean } = {}): string | undefined {
      const v = present(field, o.required ?? false);
      if (v === undefined) return undefined;
      const m = /^([01]?\d|2[0-3])[:：]([0-5]\d)$/.exec(v);
      if (!m) return problem(field, 'bad_time');
      return `${m[1]!.padStart(2, '0')}:${m[2]}`;
    },
    weekdays(field: string, o: { required?: boolean } = {}): number[] | undefined {
      const v = present(field, o.required ?? false);
      if (v === undefined) return undefined;
      const out = new Set<number>();
      for (const part of v
        .toLowerCase()
        .split(/[\s,;，、|/]+/)
        .filter(Boolean)) {
        const range = /^([1-7])-([1-7])$/.exec(part);
        if (range) {
          for (let d = Number(range[1]); d <= Number(range[2]); d++) out.add(d);
          continue;
        }
        const d = /^[1-7]$/.test(part) ? Number(part) : WEEKDAY_WORDS[part];
        if (d === undefined) return problem(field, 'bad_weekdays');
        out.add(d);
      }
      if (!out.size) return problem(field, 'bad_weekdays');
      return [...out].sort((a, b) => a - b);
    },
  };
}

/** Columns outside `known` are refused: a misspelt column would otherwise be silently ignored. */
export function checkColumns(columns: string[], known: readonly string[], required: readonly string[], problems: RowProblem[]): void {
  for (const c of columns) if (!known.includes(c)) problems.push({ line: 1, field: c, reason: 'unknown_column', facts: { allowed: known.join(', ') } });
  for (const c of required) if (!columns.includes(c)) problems.push({ line: 1, field: c, reason: 'missing_column' });
}

/** Minutes since midnight of 'HH:MM'. */
export function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return h * 60 + m;
}
