import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const BOT = join(import.meta.dirname, '..', '..', 'bot');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('bot/ is a transport', () => {
  it('runs no SQL: every query lives in a service under src/', () => {
    const offenders = files(BOT).filter((f) =>
      /\.query\s*\(|\bSELECT\s|\bINSERT\s+INTO\b|\bUPDATE\s+\w+\s+SET\b|\bDELETE\s+FROM\b/.test(readFileSync(f, 'utf8')),
    );
    expect(offenders.map((f) => f.slice(BOT.length + 1))).toEqual([]);
  });

  it('keeps no words of its own: they come from the catalogue (src/i18n)', () => {
    expect(files(BOT).filter((f) => f.includes('/i18n/'))).toEqual([]);
  });
});
