import { POINT_TYPES, type PointDetails } from '../domain/servicePoint.ts';
import { NEIGHBOURHOODS, type District } from '../domain/xiamenPlaces.ts';
import type { RowProblem } from './OperatorError.ts';
import { checkColumns, rowReader } from './rowReader.ts';
import type { Table } from './readTable.ts';

/** Xiamen's land area with a margin (Dadeng and Xiang'an in the east, Haicang and Guankou in the west). */
export const XIAMEN_BOUNDS = { minLatitude: 24.38, maxLatitude: 24.92, minLongitude: 117.85, maxLongitude: 118.46 } as const;

/** The service is for 0–3 year olds. */
export const MAX_AGE_MONTHS = 36;

/** One point as the file describes it, validated: the point itself, who runs it, and whether it takes bookings. */
export interface PointInput extends PointDetails {
  line: number;
  operatorZh: string;
  operatorEn: string;
  active: boolean;
}

export const POINT_COLUMNS = [
  'code',
  'name_zh',
  'name_en',
  'district',
  'neighbourhood_zh',
  'neighbourhood_en',
  'address_zh',
  'address_en',
  'latitude',
  'longitude',
  'phone',
  'point_type',
  'min_age_months',
  'max_age_months',
  'operator',
  'operator_zh',
  'operator_en',
  'active',
] as const;
const REQUIRED = ['code', 'name_zh', 'district', 'address_zh', 'latitude', 'longitude', 'phone', 'point_type'] as const;

/** Point codes as staff type them: upper-case letters, digits and dashes (SM-QP). */
export const POINT_CODE = /^[A-Z0-9][A-Z0-9_-]{1,23}$/;
/** A Chinese landline (0592-5100101, extension allowed), a mobile number, or a 400 number; +86 allowed. */
export const PHONE = /^(\+?86[ -]?)?(0\d{2,3}[ -]?\d{7,8}([ -]?(转|ext\.?|x)\s?\d{1,6})?|1[3-9]\d{9}|400[ -]?\d{3}[ -]?\d{4})$/i;

/** The neighbourhood a point lies in when the file does not say: the nearest known one in its district. */
function nearestNeighbourhood(district: District, latitude: number, longitude: number): { zh: string; en: string } {
  let best: { zh: string; en: string } = { zh: '', en: '' };
  let bestD = Number.POSITIVE_INFINITY;
  for (const n of NEIGHBOURHOODS) {
    if (n.district !== district) continue;
    const d = (n.latitude - latitude) ** 2 + ((n.longitude - longitude) * Math.cos((latitude * Math.PI) / 180)) ** 2;
    if (d < bestD) {
      bestD = d;
      best = { zh: n.zh, en: n.en };
    }
  }
  return best;
}

/**
 * Validates every row of a points file. Returns the points when all rows are
 * good, else every problem found (line and field), so the operator fixes the
 * file in one pass. Rules that need the database (drop-off care already
 * timetabled at a point becoming community_shared) are checked on import.
 */
export function validatePointsFile(table: Table): { points: PointInput[]; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  checkColumns(table.columns, POINT_COLUMNS, table.format === 'csv' ? REQUIRED : [], problems);
  if (!table.rows.length) problems.push({ line: 0, field: 'file', reason: 'no_rows' });
  const seen = new Map<string, number>();
  const points: PointInput[] = [];
  for (const row of table.rows) {
    const before = problems.length;
    const r = rowReader(row, problems);
    const codeText = r.raw('code').toUpperCase();
    let code: string | undefined;
    if (!codeText) r.problem('code', 'missing');
    else if (!POINT_CODE.test(codeText)) r.problem('code', 'bad_code');
    else if (seen.has(codeText)) r.problem('code', 'duplicate_code', { firstLine: seen.get(codeText)! });
    else code = codeText;
    if (code) seen.set(code, row.line);

    const nameZh = r.text('name_zh', { required: true, max: 80 });
    const nameEn = r.text('name_en', { max: 120 }) ?? nameZh;
    const district = r.district('district', { required: true });
    const addressZh = r.text('address_zh', { required: true, max: 200 });
    const addressEn = r.text('address_en', { max: 300 }) ?? addressZh;
    const latitude = r.number('latitude', { required: true, min: XIAMEN_BOUNDS.minLatitude, max: XIAMEN_BOUNDS.maxLatitude, reason: 'outside_xiamen' });
    const longitude = r.number('longitude', { required: true, min: XIAMEN_BOUNDS.minLongitude, max: XIAMEN_BOUNDS.maxLongitude, reason: 'outside_xiamen' });
    const phone = r.text('phone', { required: true, max: 40 });
    if (phone !== undefined && !PHONE.test(phone)) r.problem('phone', 'bad_phone');
    const pointType = r.oneOf('point_type', POINT_TYPES, { required: true });
    const operator = r.text('operator', { max: 120 });
    const operatorZh = r.text('operator_zh', { max: 120 }) ?? operator;
    const operatorEn = r.text('operator_en', { max: 160 }) ?? operator ?? operatorZh;
    if (!operatorZh) r.problem('operator', 'missing');
    const minAge = r.int('min_age_months', { min: 0, max: MAX_AGE_MONTHS }) ?? 0;
    const maxAge = r.int('max_age_months', { min: 0, max: MAX_AGE_MONTHS }) ?? MAX_AGE_MONTHS;
    if (minAge > maxAge) r.problem('min_age_months', 'min_above_max', { min: minAge, max: maxAge });
    const active = r.bool('active', true);

    if (problems.length > before) continue;
    const guess = nearestNeighbourhood(district!, latitude!, longitude!);
    points.push({
      line: row.line,
      code: code!,
      nameZh: nameZh!,
      nameEn: nameEn!,
      district: district!,
      neighbourhoodZh: r.text('neighbourhood_zh', { max: 80 }) ?? guess.zh,
      neighbourhoodEn: r.text('neighbourhood_en', { max: 120 }) ?? guess.en,
      addressZh: addressZh!,
      addressEn: addressEn!,
      latitude: latitude!,
      longitude: longitude!,
      phone: phone!,
      pointType: pointType!,
      operatorZh: operatorZh!,
      operatorEn: operatorEn!,
      minAgeMonths: minAge,
      maxAgeMonths: maxAge,
      active: active!,
    });
  }
  return { points, problems };
}
