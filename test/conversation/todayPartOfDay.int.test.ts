import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app/createApp.ts';
import { createTestApp, TEST_NOW } from '../helpers/testApp.ts';

/**
 * Round 51 (lead): a weekday's part of day with nothing on it at all is said plainly, and the weekend's sessions at that
 * part of day follow — not the same weekday's mornings a week on. TEST_NOW is Wednesday 25 Nov 2026 10:00, and the demo
 * timetable's only Wednesday care is a morning half day.
 */
let app: App;
let userSeq = 95100;

beforeAll(async () => {
  app = await createTestApp();
}, 180_000);

describe('today, at a part of day with no sessions', () => {
  it('says there is nothing this afternoon and lists the weekend afternoons', async () => {
    const out = await app.core.handleTurn({ userId: ++userSeq, now: TEST_NOW, text: '今天下午还能送过去吗 临时有事' });
    expect(out.reply).toMatch(/11月25日（周三）下午没有托育也没有课程/);
    expect(out.reply).toMatch(/这些是周末下午的/);
    expect(out.reply).toMatch(/11月28日（周六） 1[34]:[03]0/);
    expect(out.reply).not.toMatch(/12月2日/);
  });
  it('in English too', async () => {
    const out = await app.core.handleTurn({ userId: ++userSeq, now: TEST_NOW, text: 'any care this afternoon? something came up' });
    expect(out.reply).toMatch(/no care or class on .* in the afternoon/i);
    expect(out.reply).toMatch(/weekend's afternoon sessions/);
  });
  it("this morning's session, begun, is still told as closed and next week's morning is offered", async () => {
    const out = await app.core.handleTurn({ userId: ++userSeq, now: TEST_NOW, text: '今天上午的半日托还能约吗' });
    expect(out.reply).not.toMatch(/没有托育也没有课程/);
    expect(out.reply).toMatch(/已经开始|截止/);
  });
});
