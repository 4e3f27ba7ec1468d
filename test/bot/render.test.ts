import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../bot/render/escapeHtml.ts';
import { splitMessage } from '../../bot/render/splitMessage.ts';
import { formatReply } from '../../bot/render/sendTurnOutput.ts';
import { createRateLimiter } from '../../bot/middlewares/createRateLimiter.ts';
import { encodeStaffButton, parseStaffButton } from '../../src/escalation/staffButtons.ts';
import { hintLang, hintLocale } from '../../bot/hintLang.ts';

describe('rendering and small transport rules', () => {
  it('escapes the three characters Telegram HTML cares about', () => {
    expect(escapeHtml('<b>A & B</b>')).toBe('&lt;b&gt;A &amp; B&lt;/b&gt;');
  });

  it('splits long text at line breaks, never inside an entity, each part within the limit', () => {
    const text = Array.from({ length: 300 }, (_, i) => `第${i}行 &amp; 更多文字`).join('\n');
    const parts = splitMessage(text, 1000);
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(1000);
    expect(parts.join('\n')).toBe(text);
    const noBreaks = splitMessage('&amp;'.repeat(500), 1001);
    for (const p of noBreaks) expect(p).toMatch(/^(&amp;)+$/);
  });

  it('names sources the core did not already name', () => {
    const html = formatReply({
      lang: 'en',
      locale: 'en',
      reply: 'Fever < 38 is common',
      buttons: [],
      tools: [],
      citations: [{ title: 'Fever guide', source: 'x' }],
      escalated: false,
    });
    expect(html).toBe('Fever &lt; 38 is common\n\n<i>Sources: Fever guide</i>');
  });

  it('rate limiter: N per minute, one warning per burst, sliding window', () => {
    let now = 0;
    const rl = createRateLimiter({ perMinute: 2, now: () => now });
    expect([rl.check(1), rl.check(1), rl.check(1), rl.check(1)]).toEqual(['ok', 'ok', 'limited-first', 'limited']);
    expect(rl.check(2)).toBe('ok');
    now = 60_001;
    expect(rl.check(1)).toBe('ok');
  });

  it('staff button data round-trips and rejects anything else', () => {
    for (const b of [
      { kind: 'claim', escalationId: 12 },
      { kind: 'resolve', escalationId: 3 },
      { kind: 'attendance', refCode: 'AB12CD', outcome: 'no_show' },
      { kind: 'roster_page', date: '2026-12-05', page: 2 },
    ] as const) {
      expect(parseStaffButton(encodeStaffButton(b))).toEqual(b);
    }
    expect(parseStaffButton('1.mb~abcdefgh')).toBeNull();
    expect(parseStaffButton('tc:12;DROP')).toBeNull();
  });

  it('language hint: zh* is Chinese, everything else English', () => {
    expect(hintLang('zh-hans')).toBe('zh');
    expect(hintLang('ZH')).toBe('zh');
    expect(hintLang('en-US')).toBe('en');
    expect(hintLang(undefined)).toBe('en');
    expect(hintLocale('zh-hant')).toBe('zh-Hant');
    expect(hintLocale('zh-TW')).toBe('zh-Hant');
    expect(hintLocale('zh-hans')).toBe('zh');
  });
});
