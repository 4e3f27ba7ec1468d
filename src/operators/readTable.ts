import { parse } from 'csv-parse/sync';
import { OperatorError } from './OperatorError.ts';

/** One data row of an operator file, with the line it starts on (for messages). */
export interface TableRow {
  line: number;
  /** Column name (lower case, trimmed) → text value ('' when empty). */
  values: Record<string, string>;
}

export interface Table {
  format: 'csv' | 'json';
  columns: string[];
  rows: TableRow[];
}

export type TableFormat = 'csv' | 'json';

/** csv or json, from the file name or else the first character. */
export function detectFormat(text: string, fileName?: string): TableFormat {
  if (fileName && /\.json$/i.test(fileName)) return 'json';
  if (fileName && /\.(csv|txt)$/i.test(fileName)) return 'csv';
  const first = text.replace(/^\uFEFF/, '').trimStart()[0];
  return first === '[' || first === '{' ? 'json' : 'csv';
}

const normaliseColumn = (c: string) =>
  c
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

/** JSON values become the text a CSV cell would hold, so one validator reads both formats. */
function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return v.map(cellText).join(',');
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v).trim();
}

/**
 * The line on which each object of the outermost array of objects starts:
 * JSON.parse forgets positions, and operators need "line 14", not "item 9".
 */
function objectStartLines(text: string): number[] {
  const byDepth = new Map<number, number[]>();
  const stack: string[] = [];
  let line = 1;
  let inString = false;
  let escaped = false;
  for (const ch of text) {
    if (ch === '\n') line++;
    if (inString) {
      if (escaped) escaped = false;
      else if (ch === '\\') escaped = true;
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') inString = true;
    else if (ch === '{' || ch === '[') {
      if (ch === '{' && stack[stack.length - 1] === '[') {
        const list = byDepth.get(stack.length) ?? [];
        list.push(line);
        byDepth.set(stack.length, list);
      }
      stack.push(ch);
    } else if (ch === '}' || ch === ']') stack.pop();
  }
  const depth = Math.min(...byDepth.keys());
  return byDepth.get(depth) ?? [];
}

function parseJson(text: string, listKeys: string[]): Table {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new OperatorError('FILE_UNREADABLE', { format: 'json', detail: (err as Error).message });
  }
  let list: unknown = data;
  if (data && typeof data === 'object' && !Array.isArray(data)) {
    const key = listKeys.find((k) => Array.isArray((data as Record<string, unknown>)[k]));
    list = key ? (data as Record<string, unknown>)[key] : undefined;
  }
  if (!Array.isArray(list)) {
    throw new OperatorError('FILE_UNREADABLE', {
      format: 'json',
      detail: `expected an array of objects${listKeys.length ? ` (or {"${listKeys[0]}": [...]})` : ''}`,
    });
  }
  const lines = objectStartLines(text);
  const columns = new Set<string>();
  const rows = list.map((item, i): TableRow => {
    if (!item || typeof item !== 'object' || Array.isArray(item)) {
      throw new OperatorError('FILE_UNREADABLE', { format: 'json', detail: `item ${i + 1} is not an object` });
    }
    const values: Record<string, string> = {};
    for (const [k, v] of Object.entries(item)) {
      const c = normaliseColumn(k);
      columns.add(c);
      values[c] = cellText(v);
    }
    return { line: lines[i] ?? i + 1, values };
  });
  return { format: 'json', columns: [...columns], rows };
}

function parseCsv(text: string): Table {
  let records: { info: { lines: number }; record: Record<string, string> }[];
  let columns: string[] = [];
  try {
    records = parse(text, {
      bom: true,
      columns: (header: string[]) => (columns = header.map(normaliseColumn)),
      info: true,
      trim: true,
      skip_empty_lines: true,
      comment: '#',
      comment_no_infix: true,
    }) as unknown as typeof records;
  } catch (err) {
    const e = err as { message: string; lines?: number };
    throw new OperatorError('FILE_UNREADABLE', { format: 'csv', line: e.lines ?? 0, detail: e.message });
  }
  return {
    format: 'csv',
    columns,
    rows: records.map((r) => ({ line: r.info.lines, values: Object.fromEntries(Object.entries(r.record).map(([k, v]) => [k, (v ?? '').trim()])) })),
  };
}

/** Parses an operator file (CSV with a header row, or JSON) into rows with line numbers. */
export function readTable(text: string, opts: { fileName?: string; format?: TableFormat; listKeys?: string[] } = {}): Table {
  const format = opts.format ?? detectFormat(text, opts.fileName);
  return format === 'json' ? parseJson(text, opts.listKeys ?? []) : parseCsv(text);
}
