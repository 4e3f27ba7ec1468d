import { spawn } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app/createApp.ts';
import { parseNow } from '../../scripts/parseNow.ts';
import { UsageError } from '../../scripts/runScript.ts';
import { createTestApp, TEST_NOW } from '../helpers/testApp.ts';

/** Issue 10 item 11 (this part): control characters in display names, and the converse CLI's clock. */

function converse(args: string[], input: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/converse.ts', ...args], {
      env: { ...process.env, DATABASE_URL: '', TELEGRAM_BOT_TOKEN: '', APP_MODE: '', OPENAI_API_KEY: '', LOG_LEVEL: 'warn' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

describe('a display name with NUL and other control characters', () => {
  let app: App;
  beforeAll(async () => {
    app = await createTestApp({ knowledge: false });
  });

  it('is stripped before it reaches the database, and the parent gets a normal answer', async () => {
    const out = await app.core.handleTurn({ userId: 880_001, name: 'Mei\u0000 Lin\u0007\u202E\u0085', now: TEST_NOW, text: '你好' });
    expect(out.reply).not.toMatch(/出了点问题|something went wrong/);
    const r = await app.db.pool.query('SELECT display_name FROM parents WHERE id = 880001');
    expect(r.rows[0].display_name).toBe('Mei Lin');
    // A name that is nothing but control characters leaves no name, and no error.
    const blank = await app.core.handleTurn({ userId: 880_002, name: '\u0000\u0000', now: TEST_NOW, text: 'hello' });
    expect(blank.reply).not.toMatch(/出了点问题|something went wrong/);
  });
});

describe("the converse CLI's clock", () => {
  it('accepts 2020–2100 and refuses anything else with a usage error', () => {
    expect(parseNow('2026-11-25T10:00:00+08:00', '--now')?.toISOString()).toBe('2026-11-25T02:00:00.000Z');
    expect(parseNow(undefined, '--now')).toBeUndefined();
    for (const bad of ['+010000-01-01T00:00:00Z', '1970-01-01T00:00:00Z', '2100-01-01T00:00:00Z', 'tomorrow']) {
      expect(() => parseNow(bad, '"now"'), bad).toThrow(UsageError);
    }
    expect(() => parseNow('+010000-01-01T00:00:00Z', '"now"')).toThrow('"now" must be between 2020 and 2100');
  });

  it('answers a line whose "now" is out of range with an error line (no session is seeded in the year 10000)', async () => {
    const lines = [
      { user: 1, now: '+010000-01-01T00:00:00Z', text: '这周六有位置吗' },
      { user: 1, now: '1999-12-31T00:00:00Z', text: 'hi' },
    ];
    const run = await converse(['--db', 'memory'], `${lines.map((l) => JSON.stringify(l)).join('\n')}\n`);
    expect(run.code, run.stderr).toBe(0);
    const out = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out).toEqual([
      { user: 1, error: '"now" must be between 2020 and 2100 (got +010000-01-01T00:00:00Z)' },
      { user: 1, error: '"now" must be between 2020 and 2100 (got 1999-12-31T00:00:00Z)' },
    ]);
  }, 120_000);

  it('refuses --now out of range with one clear line and exit code 2', async () => {
    const run = await converse(['--db', 'memory', '--now', '+010000-01-01T00:00:00Z'], '');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--now must be between 2020 and 2100');
    expect(run.stderr).not.toContain('    at ');
  }, 120_000);
});
