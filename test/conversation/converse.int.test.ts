import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** Runs `npm run converse` as a parent would through the JSON-lines CLI. */
function converse(lines: Array<object | string>, args: string[] = []): Promise<{ out: any[]; stderr: string; code: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/converse.ts', ...args], {
      env: { ...process.env, DATABASE_URL: '', LOG_LEVEL: 'warn', OPENAI_API_KEY: '', TELEGRAM_BOT_TOKEN: '' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const out = stdout
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l));
      resolve({ out, stderr, code });
    });
    for (const l of lines) child.stdin.write(`${typeof l === 'string' ? l : JSON.stringify(l)}\n`);
    child.stdin.end();
  });
}

describe('npm run converse', () => {
  it('holds a multi-turn booking conversation and keeps stdout pure JSON lines', async () => {
    const { out, code } = await converse(
      [
        { user: 1001, text: '这周日下午集美有空位吗？孩子两岁' },
        { user: 1001, text: '约第1个' },
        { user: 1001, text: '孩子叫豆豆，2024年6月1日出生' },
        'this is not json',
        { user: 1002, text: 'hello' },
        { user: 1001, text: '我的预约' },
      ],
      ['--now', '2026-11-25T10:00:00+08:00'],
    );
    expect(code).toBe(0);
    expect(out).toHaveLength(6);
    const [search, ask, booked, bad, hello, mine] = out;
    expect(search).toMatchObject({ user: 1001, lang: 'zh', escalated: false });
    expect(search.tools[0]).toMatchObject({
      name: 'search_slots',
      ok: true,
      args: { from: '2026-11-29', to: '2026-11-29', partOfDay: 'afternoon', district: 'jimei', childAgeMonths: 24 },
    });
    expect(search.buttons.flat().length).toBeGreaterThan(0);
    expect(ask.reply).toContain('出生日期');
    const bookTool = booked.tools.find((t: any) => t.name === 'book_session');
    expect(bookTool.ok).toBe(true);
    const ref = bookTool.result.booking.refCode;
    expect(booked.reply).toContain(ref);
    expect(bad.error).toMatch(/malformed input line/);
    expect(hello).toMatchObject({ user: 1002, lang: 'en' });
    expect(mine.reply).toContain(ref);
  }, 180_000);

  it("accepts a button from an earlier output, a shared location, and refuses another parent's button", async () => {
    const { out, code } = await converse(
      [
        { user: 7, text: 'Is there a free place this Saturday morning in Huli?' },
        { user: 8, location: { latitude: 24.48, longitude: 118.09 } },
      ],
      ['--now', '2026-11-25T10:00:00+08:00'],
    );
    expect(code).toBe(0);
    const button = out[0].buttons.flat().find((b: any) => b.text.startsWith('Book'));
    expect(button).toBeDefined();
    expect(out[1].tools[0]).toMatchObject({ name: 'search_slots', ok: true });
    expect(out[1].reply).toMatch(/公里|km/);

    // Button data is signed for its parent and survives a restart (same BUTTON_SECRET).
    const again = await converse(
      [
        { user: 7, button: button.data },
        { user: 9, button: button.data },
      ],
      ['--now', '2026-11-25T10:05:00+08:00'],
    );
    expect(again.out[0].tools[0]).toMatchObject({ name: 'book_session' });
    expect(again.out[0].reply).toMatch(/register your child|登记/i);
    expect(again.out[1].reply).toMatch(/expired|失效/);
    expect(again.out[1].tools).toEqual([]);
  }, 180_000);
});
