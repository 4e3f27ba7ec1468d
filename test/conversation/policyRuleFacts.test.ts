import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/config.ts';
import { missingRuleFacts } from '../../src/conversation/dialogue/answers/ruleFacts.ts';
import { words } from '../../src/i18n/catalogue.ts';

const rules = defaultConfig().booking;
const zh = words('zh');
const en = words('en');

describe("the service's numbers asked about in more ways", () => {
  it('hears a Traditional question as the Simplified one', () => {
    expect(missingRuleFacts('候補名額保留多久', '', zh, rules)[0]).toContain(`${rules.waitlistHoldMinutes} 分钟`);
    expect(missingRuleFacts('當天還可以約嗎', '', zh, rules)[0]).toContain(`${rules.closesMinutesBefore} 分钟`);
    expect(missingRuleFacts('要幾天前預約', '', zh, rules)[0]).toContain(`${rules.opensDaysAhead} 天`);
  });

  it('says how late a session can still be booked, from the configuration', () => {
    expect(missingRuleFacts('当天还能临时约吗 最晚要开始前多久', '', zh, rules)[0]).toContain(`${rules.closesMinutesBefore} 分钟`);
    expect(missingRuleFacts('how late can I still book a session on the day?', '', en, rules)[0]).toContain(`${rules.closesMinutesBefore} minutes`);
    const other = { ...rules, closesMinutesBefore: 30 };
    expect(missingRuleFacts('当天还能约吗', '', zh, other)[0]).toContain('30 分钟');
  });

  it('does not read the cancellation deadline as the booking deadline', () => {
    const facts = missingRuleFacts('预约以后最晚什么时候可以取消', '', zh, rules);
    expect(facts).toHaveLength(1);
    expect(facts[0]).toContain(`${rules.cancelDeadlineMinutes} 分钟`);
  });

  it('says one sentence once when a question asks when booking opens and when it closes', () => {
    const facts = missingRuleFacts('提前几天可以约 当天还能约吗', '', zh, rules);
    expect(facts).toHaveLength(1);
    expect(facts[0]).toContain(String(rules.opensDaysAhead));
    expect(facts[0]).toContain(String(rules.closesMinutesBefore));
  });

  it('hears forgetting to go as a no-show question', () => {
    expect(missingRuleFacts('这个月已经忘记去两次了 再忘一次会怎样', '', zh, rules)[0]).toContain(`${rules.noShowPauseDays} 天`);
    expect(missingRuleFacts('we forgot to turn up twice, will I be blocked?', '', en, rules)[0]).toContain(`${rules.noShowPauseDays} days`);
  });

  it('hears how long a pause lasts as a no-show question', () => {
    expect(missingRuleFacts('那要暂停多久', '', zh, rules)[0]).toContain(`${rules.noShowPauseDays} 天`);
    expect(missingRuleFacts('how long would I be blocked for?', '', en, rules)[0]).toContain(`${rules.noShowPauseDays} days`);
  });

  it('does not hear a first visit as a no-show', () => {
    expect(missingRuleFacts('宝宝还没去过托育 会不会哭 怎么样让他适应', '', zh, rules)).toEqual([]);
    expect(missingRuleFacts('how long should I steam banana for a 7 month old?', '', en, rules)).toEqual([]);
  });

  it('states the configured chat-history retention when the quoted text does not hold it', () => {
    const thirty = { ...rules, historyRetentionDays: 30 };
    for (const q of ['聊天记录你们会保存多久', '對話紀錄保留幾天', '多久会自动删除']) {
      expect(missingRuleFacts(q, '聊天记录保存90天，到期自动删除。', zh, thirty)[0]).toContain('30 天');
    }
    expect(missingRuleFacts('how long do you keep our chat messages?', '', en, thirty)[0]).toContain('30 days');
    // English words in a Chinese question.
    expect(missingRuleFacts('chat history 你们存多久', '', zh, thirty)[0]).toContain('30 天');
    // The document's sentence already says the configured number: nothing is added.
    expect(missingRuleFacts('聊天记录你们会保存多久', `聊天记录保存${rules.historyRetentionDays}天`, zh, rules)).toEqual([]);
    expect(missingRuleFacts('宝宝的奶粉冲好能保存多久', '', zh, rules)).toEqual([]);
  });
});

describe('rule questions in more phrasings (round 4)', () => {
  it('hears a cancellation that may be too late, and the latest time to cancel, as the deadline question', () => {
    expect(missingRuleFacts('如果我 cancel 太晚 会怎样', '', zh, rules)[0]).toContain(`${rules.cancelDeadlineMinutes} 分钟`);
    expect(missingRuleFacts('取消得太晚了会怎么样', '', zh, rules)[0]).toContain(`${rules.cancelDeadlineMinutes} 分钟`);
    expect(missingRuleFacts("What's the latest I can cancel my Sunday 9am without it counting against me?", '', en, rules).join(' ')).toMatch(
      new RegExp(`${rules.cancelDeadlineMinutes} minutes|${rules.cancelDeadlineMinutes / 60} hours`),
    );
    const other = { ...rules, cancelDeadlineMinutes: 180 };
    expect(missingRuleFacts('取消太晚会怎样', '', zh, other)[0]).toContain('180 分钟');
  });

  it('hears when a given date opens for booking', () => {
    expect(missingRuleFacts('12月20號那場什麼時候可以開始預約', '', zh, rules)[0]).toContain(`${rules.opensDaysAhead} 天`);
    expect(missingRuleFacts('哪天开始能约', '', zh, { ...rules, opensDaysAhead: 7 })[0]).toContain('7 天');
  });

  it('hears how long a waitlist offer may be grabbed, and how long information is kept', () => {
    expect(missingRuleFacts('If a spot opens at 6am, how long do I have to grab it?', '', en, rules)[0]).toContain(`${rules.waitlistHoldMinutes} minutes`);
    expect(missingRuleFacts('孩子的 info 你们存多久', '', zh, { ...rules, historyRetentionDays: 45 })[0]).toContain('45 天');
  });

  it('does not hear a late arrival or a late pickup as a cancellation question', () => {
    expect(missingRuleFacts('接孩子要晚半个小时 怎么办', '', zh, rules)).toEqual([]);
    expect(missingRuleFacts("we'll be 10 minutes late, is that ok?", '', en, rules)).toEqual([]);
  });

  it('hears the numbers asked in Taiwan, Minnan-flavoured, voice-typed and expat wording', () => {
    const says = (q: string, w: typeof zh, n: number) => expect(missingRuleFacts(q, '', w, rules).join(' ')).toMatch(new RegExp(`(?<!\\d)${n}(?!\\d)`));
    for (const q of ['不去了要提早多久跟你们说', '临时去不了 要提前几个钟头讲', '退订最晚什么时候', '開始前一個小時還能取消嗎'])
      says(q, zh, rules.cancelDeadlineMinutes);
    for (const q of ["How much notice do you need if we can't make it?", "What's your cancellation policy?", 'until when can I cancel?'])
      says(q, en, rules.cancelDeadlineMinutes);
    for (const q of ['預約要提早幾天', '可以提前多久约', '最早可以约多久以后的', '下个月的现在能约吗', '几时开放预约']) says(q, zh, rules.opensDaysAhead);
    says('when do new sessions get released?', en, rules.opensDaysAhead);
    for (const q of ['开始前多久就约不了了', '快开始了还能约吗']) says(q, zh, rules.closesMinutesBefore);
    for (const q of ["what's the cutoff on the day?", 'can I book an hour before?']) says(q, en, rules.closesMinutesBefore);
    for (const q of ['一個娃一個禮拜最多能約幾次', '一星期可以约几回', '每个礼拜能去几次', '周六周日能不能都约', '一周可以 预约 几个'])
      says(q, zh, rules.weeklyWeekendBookingsPerChild);
    for (const q of ['is there a limit on how many times we can go?', 'can we book every saturday and sunday?'])
      says(q, en, rules.weeklyWeekendBookingsPerChild);
    for (const q of ['放鳥會怎樣', '沒到會不會被停權', '没去会不会被拉黑', '约了没去有什么后果', '孩子没去 也没取消 下次还能约吗'])
      says(q, zh, rules.noShowPauseDays);
    says('what if we skip a session without cancelling', en, rules.noShowPauseDays);
    for (const q of ['候补通知了我没看到怎么办', '候补的名额给我留多久']) says(q, zh, rules.waitlistHoldMinutes);
    says('how long is a waitlist spot held for me?', en, rules.waitlistHoldMinutes);
    says('你们会一直保留我的资料吗', zh, rules.historyRetentionDays);
    says('Do you keep our chat history?', en, rules.historyRetentionDays);
  });

  it('adds no booking rule to questions about other things that share its words', () => {
    for (const q of [
      '宝宝一周吃几次鱼',
      '一个星期大便几次正常',
      '一周可以吃几个鸡蛋',
      '打疫苗要提前几天预约',
      '体检要提前预约吗',
      '孩子去不了幼儿园 要提前多久跟老师说',
      '孩子不去会不会影响社交',
      '她一直保留着安抚巾',
      '周六周日都可以去公园吗',
      '宝宝没去过托育 会不会哭',
    ]) {
      expect(missingRuleFacts(q, '', zh, rules), q).toEqual([]);
    }
    for (const q of ['how many times a week should she poop', 'how far ahead do I book the 12 month vaccines', 'how long can I keep formula']) {
      expect(missingRuleFacts(q, '', en, rules), q).toEqual([]);
    }
  });
});
