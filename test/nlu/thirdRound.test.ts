import { describe, expect, it } from 'vitest';
import { understand } from '../../src/nlu/understand.ts';

const ctx = { now: new Date('2026-11-25T10:00:00+08:00'), timeZone: 'Asia/Shanghai' }; // a Wednesday
const twoKids = { ...ctx, childNames: ['乐乐', '米米'] };
const english = { ...ctx, childNames: ['Leo', 'Emma'] };

describe('several children registered in one message, birth dates written in any form', () => {
  it.each([
    ['老大悠悠是2023年12月5号生的，老二桃桃25年6月18号，帮我俩都登记上', ['悠悠', '2023-12-05'], ['桃桃', '2025-06-18']],
    ['登记两个娃：皮皮 2023.10.02，还有小的甜甜 2026/3/15', ['皮皮', '2023-10-02'], ['甜甜', '2026-03-15']],
    ['Please add my two: Ava (born 12 May 2024) and Noah (born 3 Feb 2026)', ['Ava', '2024-05-12'], ['Noah', '2026-02-03']],
  ])('%s', (text, first, second) => {
    const u = understand(text, ctx);
    expect(u.intent).toBe('register_child');
    expect(u.slots.children?.map((c) => [c.name, c.birthDate])).toEqual([first, second]);
  });

  it('two future days are not birth dates', () => {
    expect(understand('乐乐约12月5号，米米约12月6号', twoKids).slots.children).toBeUndefined();
  });

  it('a Taiwan (民国) year is a birth year', () => {
    expect(understand('幫我登記小孩，名字叫小瑜，民國113年3月2日生', ctx).slots.birthDate).toBe('2024-03-02');
  });
});

describe('which child: sibling words and each mention judged by its own words', () => {
  it('妹妹 is the younger child and 哥哥 who keeps going is not acted on', () => {
    const u = understand('妹妹周日去不了了，帮她取消，哥哥照常去', twoKids);
    expect(u.intent).toBe('cancel');
    expect(u.slots.child).toEqual({ birthOrder: -1 });
    expect(u.slots.dateRange?.from).toBe('2026-11-29');
  });

  it('a mixed sentence keeps the child that is kept apart', () => {
    expect(understand('Emma 的 booking cancel 掉，Leo 的 keep', english).slots.child).toEqual({ name: 'Emma' });
  });

  it('a sibling word is no child for a family of one', () => {
    expect(understand('妹妹这周六下午能去思明吗', { ...ctx, childNames: ['乐乐'] }).slots.child).toBeUndefined();
  });

  it('bringing a sibling along is still a question', () => {
    expect(understand('周六可以带哥哥一起去吗', twoKids).intent).toBe('knowledge');
  });
});

describe('看下周日 is "look at Sunday", 看看下周日 is next week', () => {
  it.each([
    ['帮我看下周日下午湖里还有没有', '2026-11-29'],
    ['你帮我查下周六上午思明有没有位置', '2026-11-28'],
    ['帮我看看下周日上午集美的', '2026-12-06'],
    ['下周六上午湖里', '2026-12-05'],
  ])('%s', (text, day) => {
    expect(understand(text, ctx).slots.dateRange).toEqual({ from: day, to: day });
  });
});

describe('what a message is', () => {
  it.each([
    ['我約的臨托是在哪一間啊', 'my_bookings'],
    ['新陽的老師把我兒子的外套弄丟了，很不高興', 'complaint'],
    ['周末一个人带两个娃真的要疯了 预约也约不上 能不能有个人跟我说说话', 'human'],
    ['book 了之后 可以换另一个孩子去吗', 'knowledge'],
    ['預約滿了的話候補大概要等幾天', 'knowledge'],
    ["What's the earliest age for the Saturday half-day sessions?", 'knowledge'],
    ['禮拜六第一次去托育，前一晚要讓他早點睡嗎', 'knowledge'],
    ['Can you book us a table at a kid-friendly restaurant in Huli on Saturday?', 'out_of_scope'],
    ['大寶這週日下午要去海滄，幫他找一下', 'find_slots'],
  ])('%s → %s', (text, intent) => {
    expect(understand(text, twoKids).intent).toBe(intent);
  });
});

describe('two questions in one message are two requests; a story told in pieces is one', () => {
  it.each([
    ['半日托要带午饭吗？还有可以提前多久约', 2],
    ["is there a deposit to book? will you charge me if we don't turn up?", 2],
    ['孩子咳嗽能去吗？要带药吗', 0],
    ['服务点平时有固定的营业时间吗 几点开门几点关', 0],
  ])('%s', (text, n) => {
    expect(understand(text, ctx).requests?.length ?? 0).toBe(n);
  });

  it('a place or a part of day told in passing is not a search of its own', () => {
    for (const text of ['我们户口在江西 在湖里租房住 孩子能去你们那边托吗', '两岁半 中午怎么都不肯睡午觉 不睡下午就闹 还要坚持让他睡吗']) {
      const u = understand(text, ctx);
      expect(u.intent).toBe('knowledge');
      expect(u.requests).toBeUndefined();
    }
  });

  it('a search and a question stay two requests', () => {
    expect(understand('周六上午湖里有位吗? also 奶奶可以来接吗', ctx).requests?.map((r) => r.intent)).toEqual(['find_slots', 'knowledge']);
  });
});

describe('lookups of a booking named by its day or when it was made', () => {
  it.each(['我周六那个是几点的', '我昨天约的那个还在不在'])('%s', (text) => {
    expect(understand(text, ctx).intent).toBe('my_bookings');
  });
});

describe('rule and health questions around a booking stay questions', () => {
  it.each([
    '奶奶第一次一个人送孙子去半日托 帮她准备些啥好',
    '下午两点半那场 我中午十二点半才取消 算不算迟取消',
    '我约了周日的 如果经常取消会不会被限制预约',
    '当天还能临时约吗 最晚要开始前多久',
    '要幾天前預約？當天還可以約嗎',
    '候补的通知是半夜发来的 我早上才看到 还有效吗',
    '送托的时候老师会检查孩子哪些地方啊',
    '孩子早上量了37.2度 精神挺好的 能送吗',
    '双胞胎可以一起约同一场吗',
    '孩子有点发育迟缓 快两岁了走路还不稳 可以送托吗',
    '明天台风红色预警 周六上午的场次还开吗',
    '週末的托育有附餐嗎？還是要自己帶便當',
    "We're here on a work visa, no Xiamen residence permit. Can our 2yo still use the free weekend care?",
    'my son turns 3 next week, can he still come on Saturday the 5th?',
    'do they do a health check when I drop him off?',
  ])('%s', (text) => {
    expect(understand(text, ctx).intent).toBe('knowledge');
  });

  it('a search told telegraphically beside a question is still a search', () => {
    expect(understand('Saturday morning Huli and can she bring her own snacks', ctx).requests?.[0]?.intent).toBe('find_slots');
  });
});

describe('parenting, policy and complaints that name a class, a time or a place', () => {
  it.each([
    ['sensory play 在家可以怎么玩', 'knowledge'],
    ['为什么预约一定要填孩子的出生日期', 'knowledge'],
    ['孩子生日登记错了 现在约不了 要怎么改', 'knowledge'],
    ['我已经约到别的场了 之前排的候补怎么退出', 'knowledge'],
    ['上感統課需要家長在旁邊陪嗎', 'knowledge'],
    ['is there any kind of childcare on weekdays or is it only weekends?', 'knowledge'],
    ['waitlist 一直没轮到 还有什么 backup plan 吗', 'knowledge'],
    ['早上量了37.4度 今天还能送去托育吗', 'knowledge'],
    ['娃每天早上五点就醒 醒了就要玩 全家都被吵起来 有什么办法', 'knowledge'],
    ['孩子在托育点中午死活不肯睡 老师说他一直找妈妈 回家又困得不行', 'knowledge'],
    ["is it ok to get my 6 month old's ears pierced?", 'knowledge'],
    ['how do I learn baby CPR? are there classes in Xiamen?', 'knowledge'],
    ['今天在前埔的点接孩子 发现额头一个大包 老师什么都没说 孩子现在精神还好在玩', 'complaint'],
    ['周六上午湖里还能去吗', 'find_slots'],
  ])('%s → %s', (text, intent) => {
    const u = understand(text, ctx);
    expect(u.intent).toBe(intent);
    if (intent !== 'find_slots') expect(u.requests?.some((q) => q.intent === 'find_slots') ?? false).toBe(false);
  });
});

describe('twins: two names, one birth date', () => {
  it.each([
    ['Register twins Lily and Rose, both born 2025-02-14', ['Lily', 'Rose']],
    ['双胞胎朵朵和果果 2025年2月14日出生 帮我登记', ['朵朵', '果果']],
  ])('%s', (text, names) => {
    const u = understand(text, ctx);
    expect(u.intent).toBe('register_child');
    expect(u.slots.children?.map((c) => [c.name, c.birthDate])).toEqual(names.map((n) => [n, '2025-02-14']));
  });
});

describe('complaints and people asked for, with booking words in them', () => {
  it.each([
    ['气死我了 周六约好的到了门口说满了 什么破系统', 'complaint'],
    ['Really disappointed - the Saturday session at Jiangtou started 40 minutes late and no one told us', 'complaint'],
    ["Is there a number I can call? I'd rather speak to someone", 'human'],
  ])('%s → %s', (text, intent) => {
    const u = understand(text, ctx);
    expect(u.intent).toBe(intent);
    expect(u.requests?.some((q) => q.intent === 'find_slots') ?? false).toBe(false);
  });

  it('a lookup and a new search in one message are two requests', () => {
    expect(understand('我周六约的是哪个点？周日下午还想再约一个', ctx).requests?.map((q) => q.intent)).toEqual(['my_bookings', 'find_slots']);
  });
});

describe('whether the family has a booking; sleep told with clock times', () => {
  it.each([
    ['我有預約嗎', 'my_bookings'],
    ['宝宝晚上10点睡早上6点醒 睡够了吗', 'knowledge'],
    ['周六想带孩子去动物园 有推荐吗', 'out_of_scope'],
  ])('%s → %s', (text, intent) => {
    expect(understand(text, ctx).intent).toBe(intent);
  });
});

describe('a child named before 有预约吗; both children in a mixed sentence', () => {
  it('米米有预约吗 looks up that child', () => {
    const u = understand('米米有预约吗', twoKids);
    expect(u.intent).toBe('my_bookings');
    expect(u.slots.child).toEqual({ name: '米米' });
  });

  it('两个娃 Sunday afternoon 都要 in Huli is for every child', () => {
    expect(understand('两个娃 Sunday afternoon 都要 in Huli', ctx).slots.allChildren).toBe(true);
  });
});

describe('a cancellation and what comes instead', () => {
  it('幫我取消週六的，改找週日上午思明 is a cancellation and a search', () => {
    const u = understand('幫我取消週六的，改找週日上午思明', ctx);
    expect(u.requests?.map((q) => q.intent)).toEqual(['cancel', 'find_slots']);
    expect(u.requests?.[0]?.slots.dateRange).toEqual({ from: '2026-11-28', to: '2026-11-28' });
    expect(u.requests?.[1]?.slots).toMatchObject({ district: 'siming', dateRange: { from: '2026-11-29', to: '2026-11-29' } });
  });

  it('"what else do I have booked?" is a lookup', () => {
    expect(understand('Cancel the Saturday one, and what else do I have booked?', ctx).requests?.map((q) => q.intent)).toEqual(['cancel', 'my_bookings']);
  });
});

describe('a day past 31', () => {
  it('12月32号 is a day that does not exist, said so', () => {
    expect(understand('12月32号有位置吗', ctx).slots.dateProblem).toEqual({ kind: 'impossible', text: '12月32号' });
  });
});
