import { beforeAll, describe, expect, it } from 'vitest';
import { chatAs, citedDocs, createTestApp, searchedSlots } from '../helpers/testApp.ts';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

/**
 * Round 54, parz54: Chinese parenting on new ground — juice before 1, outdoor time, giving up the dummy with a
 * mood word in the story, changing the nanny with a crying child, snatching told again after an answer.
 */
describe('round 54 Chinese parenting (parz54)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  }, 300_000);

  let user = 9_554_500;
  it.each([['孩子11个月 不爱喝水 阿嬷就兑了苹果汁给他喝 喝得挺开心 天天一小瓶 这样可以吗'], ['寶寶十個月不愛喝水 可以給他喝稀釋的果汁嗎']])(
    '%s: no juice before 1',
    async (text) => {
      const out = await chatAs(app, ++user)(text);
      expect(out.reply).toMatch(/1岁以内不喝果汁|1歲以內不喝果汁/);
      expect(citedDocs(out)).toContain('parenting-starting-solids');
    },
  );

  it('my baby won’t drink water — juice? in English', async () => {
    const out = await chatAs(app, ++user)("my 11 month old won't drink water, can I give him watered down apple juice");
    expect(out.reply).toMatch(/No juice before 1/);
  });

  it('indoors all day with grandma: the daily activity and outdoor time', async () => {
    const out = await chatAs(app, ++user)('我们住高层 阿嬷怕风怕晒 一岁半的女儿基本一整天都在家里 偶尔下楼走一圈 这样够不够 小孩每天到底要在外面玩多久');
    expect(out.reply).toMatch(/3小时|180分钟/);
    expect(citedDocs(out)).toContain('parenting-family-life');
  });

  it('giving up the dummy with 不開心 in the story: the dummy section, no complaint ticket', async () => {
    const out = await chatAs(app, ++user)('兒子兩歲了 還是很依賴奶嘴 睡覺一定要 白天不開心也要 牙醫說要戒了 要怎麼戒比較不會那麼痛苦');
    expect(out.reply).toMatch(/奶嘴/);
    expect(out.reply).not.toMatch(/不好的體驗|工單/);
  });

  it('changing the nanny and a child who may cry every day: the parenting answer, not the overwhelmed parent', async () => {
    const out = await chatAs(app, ++user)('家里阿姨做到月底要走了 新阿姨下个月来 孩子一岁半特别黏原来那个阿姨 我怕他接受不了天天哭 要怎么过渡比较好');
    expect(out.reply).not.toMatch(/撑了很久/);
  });

  it('snatching told again after the sharing answer: no date asked, no search', async () => {
    const say = chatAs(app, ++user);
    await say('哥哥两岁半 妹妹一岁 每次妹妹拿个玩具他就冲过去抢 还推她 我一骂他就哭得更凶 到底怎么处理才好');
    const out = await say('试过了没用啊 跟他说轮流他根本不听 照样抢');
    expect(out.reply).not.toMatch(/想约哪一天/);
    expect(searchedSlots(out)).toBe(false);
  });
});
