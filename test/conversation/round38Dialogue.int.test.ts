import { beforeAll, describe, expect, it } from 'vitest';
import { chatAs, citedDocs, createTestApp } from '../helpers/testApp.ts';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

// Round 38 (the lead's probes, test/fixtures/eval-tuning/lead38.jsonl): a short question right after an answer, and an
// "it" that stands for what was just answered, stay on that topic.
describe('round 38 dialogue: a short question or an "it" after an answer stays on its topic', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  }, 300_000);

  it('"can I give him paracetamol?" after teething is pain relief for teething, not the fever-medicine section', async () => {
    const say = chatAs(app, 9_538_001);
    await say("my 10 month old is teething, gums swollen and he's miserable and drooling");
    const pain = await say('can I give him paracetamol?');
    expect(citedDocs(pain)).toEqual(['parenting-teething-oral-care']);
    expect(pain.reply).toMatch(/3 months or older children's paracetamol/);
  });

  it('「可以給他吃普拿疼嗎」 after teething reads 普拿疼 as paracetamol and answers from teething, in Traditional script', async () => {
    const say = chatAs(app, 9_538_002);
    await say('寶寶8個月在長牙 一直哭 牙齦腫腫的');
    const pain = await say('可以給他吃普拿疼嗎');
    expect(citedDocs(pain)).toEqual(['parenting-teething-oral-care']);
    expect(pain.reply).toMatch(/3個月以上的寶寶可以用兒童對乙/);
  });

  it('a question that another document answers clearly better is a new topic: a fever of 39 after teething', async () => {
    const say = chatAs(app, 9_538_003);
    await say("my 10 month old is teething, gums swollen and he's miserable and drooling");
    const fever = await say('can I give him ibuprofen for a fever of 39?');
    expect(citedDocs(fever)).not.toContain('parenting-teething-oral-care');
  });

  it('"ok how do we get rid of it?" after a dummy is stopping the dummy, not cradle cap', async () => {
    const say = chatAs(app, 9_538_004);
    await say("she's 2 and still has a dummy all day, is that bad for her teeth or speech?");
    const stop = await say('ok how do we get rid of it?');
    expect(citedDocs(stop)).toEqual(['parenting-teething-oral-care']);
    expect(stop.reply).toMatch(/step by step/);
    expect(stop.reply).not.toMatch(/cradle cap/i);
  });

  it('an "it" the message itself names is not the topic before: a rash "is it eczema?" after a dummy', async () => {
    const say = chatAs(app, 9_538_005);
    await say("she's 2 and still has a dummy all day");
    const rash = await say('my son has a rash on his cheeks, is it eczema?');
    expect(citedDocs(rash)).not.toContain('parenting-teething-oral-care');
  });
  it.each([
    [
      'my 2 year old got into my iron tablets, I think 4 are missing from the pack',
      'she looks totally fine, playing with her blocks. am I overreacting?',
      /Call 120 now/,
    ],
    ['孩子吞了好几颗奶奶的降压药', '现在看着挺好的 我是不是大惊小怪了', /立即拨打 ?120/],
  ])('"am I overreacting?" right after a 120 answer keeps the 120 answer: %s', async (told, asked, red) => {
    const say = chatAs(app, 9_538_010 + told.length);
    await say(told);
    const again = await say(asked);
    expect(again.reply.split('\n')[0]).toMatch(red);
  });
});
