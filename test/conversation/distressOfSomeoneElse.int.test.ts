import { beforeAll, describe, expect, it } from 'vitest';
import { chatAs, createTestApp } from '../helpers/testApp.ts';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

// A writer describing another adult's low mood (a sister, a wife) asks what it is: the answer (could it be postnatal
// depression, when to see a doctor) comes first, not "that sounds exhausting" spoken to the writer; a person is offered.
// A parent's own distress still hears the kind word first.
describe('distress told of someone else', () => {
  // (The shared test database is closed by the worker, not by the test.)
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  }, 120_000);

  it.each([
    [
      9_410_001,
      "Writing about my sister. Her baby is 2 months. She cries all day, barely eats, says she's a terrible mum and the baby would be better off without her. Our family says it's just hormones. Is it?",
      /postnatal depression/i,
      /^That sounds exhausting/,
    ],
    [9_410_002, '我老婆生完孩子两个月了 天天哭 不怎么吃饭 总说自己是个坏妈妈 家里人说是激素 正常吗', /产后抑郁/, /^听起来你已经撑了很久/],
  ])('%s', async (userId, text, answer, opener) => {
    const out = await chatAs(app, userId)(text);
    expect(out.reply).not.toMatch(opener);
    expect(out.reply.slice(0, 120)).toMatch(answer);
    expect(
      out.buttons
        .flat()
        .map((b) => b.text)
        .join(' '),
    ).toMatch(/talk to someone|工作人员/i);
  });

  it('speaks to a parent in distress first', async () => {
    const out = await chatAs(app, 9_410_003)('我真的快崩溃了 孩子天天哭 我每天都在哭 是不是产后抑郁');
    expect(out.reply).toMatch(/^听起来你已经撑了很久/);
  });
});
