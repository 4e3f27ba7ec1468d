import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app/createApp.ts';
import { chatAs, createTestApp } from '../helpers/testApp.ts';

/**
 * A child registered in the same message as the search, and over 3 (the service is for 0-36 months), hears who the
 * service is for with the child's name, not "no places found" after an empty search.
 */
let app: App & { clock: { set(d: Date): void } };
let userSeq = 93100;

beforeAll(async () => {
  app = await createTestApp();
}, 180_000);

describe('a child over 3 registered with the search', () => {
  it('zh: the age rule with the name, no empty list', async () => {
    const out = await chatAs(app, ++userSeq)('下周六上午湖里 帮我约 孩子叫乐乐 2023年6月1日出生');
    expect(out.reply).toMatch(/乐乐已经超过3岁了/);
    expect(out.reply).not.toMatch(/没有找到/);
    expect(out.tools.map((t) => t.name)).not.toContain('search_slots');
  });

  it('en: the age rule with the name, no empty list', async () => {
    const out = await chatAs(app, ++userSeq)('please book saturday morning in siming for my son Leo, born 20 May 2023');
    expect(out.reply).toMatch(/Leo is over 3/);
    expect(out.reply).not.toMatch(/no (free )?places|couldn't find/i);
  });

  it('a child under 3 registered the same way is searched for', async () => {
    const out = await chatAs(app, ++userSeq)('下周六上午湖里 帮我约 孩子叫果果 2024年6月1日出生');
    expect(out.tools.map((t) => t.name)).toContain('search_slots');
    expect(out.reply).not.toMatch(/超过3岁/);
  });
});
