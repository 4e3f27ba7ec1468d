import { words } from '../i18n/catalogue.ts';
import type { District } from '../domain/xiamenPlaces.ts';
import type { SlotRow, UnmetRow, UsageFigures, UsageReport, WeekRow } from './buildReport.ts';
import { operatorWords, type OperatorLang } from './describeOperatorError.ts';

export type ReportTable = 'points' | 'weekly' | 'unmet';

const pct = (booked: number, capacity: number) => (capacity > 0 ? `${Math.round((booked / capacity) * 100)}%` : '–');

const FIGURE_COLUMNS: [keyof UsageFigures, string][] = [
  ['sessions', 'col_sessions'],
  ['closedSessions', 'col_closed'],
  ['capacity', 'col_capacity'],
  ['booked', 'col_booked'],
  ['attended', 'col_attended'],
  ['noShows', 'col_no_shows'],
  ['lateCancellations', 'col_late_cancellations'],
  ['waitlistJoins', 'col_waitlist_joins'],
  ['offersTaken', 'col_offers_taken'],
  ['offersExpired', 'col_offers_expired'],
  ['waitlistNeverServed', 'col_waitlist_never_served'],
];

function districtName(d: District | null, lang: OperatorLang): string {
  if (!d) return operatorWords(lang).district_any;
  return words(lang).format.district(d);
}

function partName(p: string, lang: OperatorLang): string {
  const w = operatorWords(lang);
  return p === 'morning' ? w.part_morning : p === 'afternoon' ? w.part_afternoon : w.part_any;
}

/** Headers and rows of one table, shared by the Markdown and CSV outputs. */
function table(report: UsageReport, which: ReportTable, lang: OperatorLang, machine: boolean): { header: string[]; rows: string[][] } {
  const w = operatorWords(lang);
  const col = (k: string) => (machine ? k.replace(/^col_/, '') : (w[k as keyof typeof w] as string));
  const figureHeader = FIGURE_COLUMNS.map(([, k]) => col(k));
  const figureCells = (f: UsageFigures) => FIGURE_COLUMNS.map(([k]) => String(f[k]));
  if (which === 'points') {
    return {
      header: [col('col_point'), col('col_district'), col('col_weekday'), col('col_part'), ...figureHeader, col('col_fill')],
      rows: report.slots.map((r: SlotRow) => [
        machine ? r.pointCode : `${r.pointCode} ${lang === 'zh' ? r.pointNameZh : r.pointNameEn}`,
        machine ? r.district : districtName(r.district, lang),
        machine ? String(r.weekday) : w.weekdays[r.weekday]!,
        machine ? r.partOfDay : partName(r.partOfDay, lang),
        ...figureCells(r),
        pct(r.booked, r.capacity),
      ]),
    };
  }
  if (which === 'weekly') {
    return {
      header: [col('col_week'), ...figureHeader, col('col_fill'), col('col_unmet')],
      rows: report.weeks.map((r: WeekRow) => [r.weekStart, ...figureCells(r), pct(r.booked, r.capacity), String(r.unmetSearches)]),
    };
  }
  return {
    header: [col('col_district'), col('col_date'), col('col_part'), col('col_searches')],
    rows: report.unmet.map((r: UnmetRow) => [
      machine ? (r.district ?? '') : districtName(r.district, lang),
      r.date,
      machine ? r.partOfDay : partName(r.partOfDay, lang),
      String(r.searches),
    ]),
  };
}

const csvCell = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** One table as CSV with stable machine column names (for spreadsheets and scripts). */
export function reportCsv(report: UsageReport, which: ReportTable = 'points'): string {
  const t = table(report, which, 'en', true);
  return `${[t.header, ...t.rows].map((r) => r.map(csvCell).join(',')).join('\n')}\n`;
}

function mdTable(header: string[], rows: string[][]): string[] {
  const esc = (v: string) => v.replace(/\|/g, '\\|');
  return [`| ${header.map(esc).join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(esc).join(' | ')} |`)];
}

/** The whole report for people: totals, weekly trend, unmet demand, then every point × weekday × part of day. */
export function reportMarkdown(report: UsageReport, lang: OperatorLang = 'zh'): string {
  const w = operatorWords(lang);
  const t = report.totals;
  const out: string[] = [
    `# ${w.reportTitle({ from: report.from, to: report.to })}`,
    '',
    report.pointCodes === null ? w.reportScopeAll : w.reportScope({ codes: report.pointCodes.join(', ') }),
    w.reportGenerated({ at: report.generatedAt }),
    '',
    `## ${w.reportTotals}`,
    '',
    ...mdTable(
      [...FIGURE_COLUMNS.map(([, k]) => w[k as keyof typeof w] as string), w.col_fill, w.col_unmet],
      [[...FIGURE_COLUMNS.map(([k]) => String(t[k])), pct(t.booked, t.capacity), String(t.unmetSearches)]],
    ),
    '',
    `## ${w.reportWeekly}`,
    '',
  ];
  const weekly = table(report, 'weekly', lang, false);
  out.push(...mdTable(weekly.header, weekly.rows), '', `## ${w.reportUnmet}`, '');
  if (!report.unmet.length) out.push(w.reportUnmetNone);
  else {
    // The pattern first (which districts, mornings or afternoons), then the days.
    const byPart = new Map<string, number>();
    for (const u of report.unmet) {
      const k = `${u.district ?? ''}|${u.partOfDay}`;
      byPart.set(k, (byPart.get(k) ?? 0) + u.searches);
    }
    out.push(`### ${w.reportUnmetByPart}`, '');
    out.push(
      ...mdTable(
        [w.col_district, w.col_part, w.col_searches],
        [...byPart.entries()]
          .sort((a, b) => b[1] - a[1])
          .map(([k, n]) => {
            const [d, p] = k.split('|');
            return [districtName((d || null) as District | null, lang), partName(p!, lang), String(n)];
          }),
      ),
      '',
    );
    const unmet = table(report, 'unmet', lang, false);
    out.push(...mdTable(unmet.header, unmet.rows));
  }
  const slots = table(report, 'points', lang, false);
  out.push('', `## ${w.reportSlots}`, '', ...mdTable(slots.header, slots.rows), '', w.reportNotes, '');
  return out.join('\n');
}
