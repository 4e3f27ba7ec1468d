import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/config.ts';
import { contentWords, coverage, keyWords, searchable } from '../../src/conversation/dialogue/answers/questionTerms.ts';
import { quoteAnswer, renderUnits, splitUnits } from '../../src/conversation/dialogue/answers/quoteAnswer.ts';
import { missingRuleFacts } from '../../src/conversation/dialogue/answers/ruleFacts.ts';
import { readCodeSwitched } from '../../src/knowledge/readCodeSwitched.ts';
import { DOSE, FOLLOW_UP, OVERWHELMED } from '../../src/conversation/dialogue/answers/parentWords.ts';
import { answersQuestion, HEALTH_DOCS, type Passage } from '../../src/conversation/dialogue/answers/presentAnswer.ts';
import { words } from '../../src/i18n/catalogue.ts';
import { normalizeText } from '../../src/nlu/normalizeText.ts';
import { toSimplified } from '../../src/text/chineseScript.ts';
import { quoteSection, readSection } from '../helpers/knowledgeSection.ts';

/** The real knowledge base, read the simple way (test/helpers/knowledgeSection.ts). */
const rules = defaultConfig().booking;
const section = readSection;
const quote = quoteSection;

describe('quoting the sentences that answer', () => {
  it('a deadline question quotes the sentence with the configured number', () => {
    const zh = quote('zh', 'service-change-cancel', '免费取消的截止时间是什么时候？', '取消要提前多久');
    expect(zh).toContain(`${rules.cancelDeadlineMinutes / 60} 小时`);
    expect(zh).toContain(`${rules.cancelDeadlineMinutes} 分钟`);
    const en = quote('en', 'service-change-cancel', 'What is the free-cancellation deadline?', 'how long before must I cancel?');
    expect(en).toContain(`${rules.cancelDeadlineMinutes / 60} hours`);
  });

  it('a cough-medicine question quotes that cough medicine is not for toddlers, with the age limits', () => {
    const zh = quote('zh', 'parenting-fever-illness', '孩子咳嗽、感冒，能吃止咳药、感冒药吗？', '两岁孩子咳嗽能吃止咳药吗');
    expect(zh).toMatch(/不建议/);
    expect(zh).toMatch(/止咳药.{0,6}不适合小孩子/);
    expect(zh).toMatch(/2岁以下/);
    const en = quote('en', 'parenting-fever-illness', 'Can I give my toddler cough or cold medicine?', 'can my 2 year old have cough medicine');
    expect(en).toMatch(/not for young children/);
  });

  it('quotes the part of a section the question is about, not its first paragraph', () => {
    const s = section('zh', 'parenting-fever-illness', '孩子发烧在家怎么护理？');
    const q = quote('zh', 'parenting-fever-illness', '孩子发烧在家怎么护理？', '发烧能不能用酒精擦身');
    expect(q).toMatch(/酒精/);
    expect(q.length).toBeLessThan(s.text.length);
  });

  it('a bullet list comes with its lead-in, and a lead-in with its list', () => {
    const q = quote('en', 'parenting-tantrums', 'My toddler melts down every evening — why, and what helps?', 'my 2yo has meltdowns every evening');
    expect(q).toMatch(/tiredness and hunger/);
    expect(q).toMatch(/• serve dinner earlier/);
  });

  it("asked what to do, the section's steps are quoted with their lead-in, not only its opening", () => {
    const zh = quote('zh', 'parenting-behaviour-social', '孩子挑食、不吃饭怎么办？', '两岁孩子挑食 蔬菜一口都不吃 怎么办');
    expect(zh).toMatch(/具体做法：/);
    expect(zh).toMatch(/• 按时吃饭/);
    const en = quote(
      'en',
      'parenting-behaviour-social',
      "My toddler is a picky eater and won't eat — what can I do?",
      'my toddler is a picky eater, what can I do?',
    );
    expect(en).toMatch(/In practice:/);
    expect(en).toMatch(/• keep regular mealtimes/);
  });

  it('a question of two parts also quotes the sentence holding the part the first leaves open', () => {
    const en = quote(
      'en',
      'parenting-toddler-nutrition',
      'How much milk should a 1–3-year-old drink a day? Is too much a problem?',
      'how much milk should my 18 month old drink a day? he still has 4 bottles',
    );
    expect(en).toMatch(/500 ml/);
    expect(en).toMatch(/cup rather than bottles/);
  });

  it('sub-headings inside a section are never quoted as answers', () => {
    for (const u of splitUnits(section('zh', 'parenting-safe-sleep', '宝宝应该怎么睡才安全？仰睡还是趴睡？').text)) {
      if (/[？?]$/.test(u.text) && u.text.length < 40) {
        const q = quote('zh', 'parenting-safe-sleep', '宝宝应该怎么睡才安全？仰睡还是趴睡？', '宝宝趴着睡可以吗');
        expect(q).not.toContain(u.text);
      }
    }
  });

  it('never quotes an excluded sentence (delay advice for an allergic child)', () => {
    const s = section('en', 'parenting-starting-solids', 'Should I delay eggs, peanuts or seafood to prevent allergies?');
    const units = quoteAnswer(s.text, {
      words: contentWords('when can he eat egg'),
      related: [],
      question: 'when can he eat egg',
      limit: 480,
      exclude: (u) => /no need to delay/.test(u.text),
    });
    expect(renderUnits(units)).not.toMatch(/no need to delay/);
  });
});

describe('coverage: does the passage answer this question or a neighbouring one', () => {
  const covered = (question: string, lang: 'zh' | 'en', doc: string, heading: string) => {
    const s = section(lang, doc, heading);
    return coverage(keyWords(question), searchable(`${heading}\n${s.text}\n${s.questions.join('\n')}`));
  };

  it('questions about what a section says are covered', () => {
    expect(covered('取消要提前多久', 'zh', 'service-change-cancel', '免费取消的截止时间是什么时候？')).toBeGreaterThanOrEqual(0.5);
    expect(covered('两岁孩子能吃整颗葡萄吗', 'zh', 'parenting-home-safety-choking', '哪些食物容易噎住孩子？葡萄要怎么切？')).toBeGreaterThanOrEqual(0.5);
    expect(
      covered('送过去以后一直哭 不让我走', 'zh', 'parenting-separation-anxiety', '孩子每次送去托育点都大哭，正常吗？家长要不要留下来陪？'),
    ).toBeGreaterThanOrEqual(0.5);
    // English words in a Chinese question are read as the Chinese documents say them.
    expect(covered(readCodeSwitched('爷爷去pick up可以吗'), 'zh', 'policy-pickup-safety', '谁可以送孩子来、接孩子走？')).toBeGreaterThanOrEqual(0.5);
    expect(
      covered(
        "my 2yo has meltdowns every evening, I'm at my wit's end",
        'en',
        'parenting-tantrums',
        'My toddler melts down every evening — why, and what helps?',
      ),
    ).toBeGreaterThanOrEqual(0.5);
  });

  it('a neighbouring topic is not covered', () => {
    expect(covered('孩子几岁可以学游泳', 'zh', 'parenting-toilet-learning', '孩子几岁可以开始如厕训练？')).toBeLessThan(0.5);
    expect(covered('可以带宠物去服务点吗', 'zh', 'service-point-types', '哪类服务点可以把孩子交给老师、家长先离开？')).toBeLessThan(0.5);
  });

  it('the words that name the topic: nouns, not question frames, ages, people, feelings or the service name', () => {
    expect(keyWords('孩子几岁可以学游泳')).toEqual(['游泳']);
    expect(keyWords('可以带宠物去服务点吗')).toEqual(['宠物']);
    expect(keyWords('服务点有wifi吗')).toEqual(['wifi']);
    expect(keyWords('婆婆非要给3个月的孩子喂米糊')).not.toContain('婆婆');
    // Domain words name the topic whatever their part of speech ("一直哭", "不让我走", "躺在地上打滚").
    expect(keyWords('送过去以后一直哭 不让我走').sort()).toEqual(['一直哭', '不让我走'].sort());
    expect(keyWords('一不给买玩具就躺在地上打滚')).toContain('打滚');
    // …but a domain word that is a question frame ("几岁可以", "提前多久") does not.
    expect(keyWords('取消要提前多久')).not.toContain('提前多久');
    expect(keyWords('my toddler bites other kids at playgroup, so embarrassing')).toEqual(['bite', 'playgroup']);
    expect(keyWords("can my husband's cousin pick her up")).toEqual(['pick']);
    expect(keyWords('寶寶濕疹反反覆覆')).toContain('湿疹');
    // English function words and judgement words in a Chinese message frame it ("is this normal", "是不是late了").
    expect(keyWords(readCodeSwitched('2岁的meltdown太多了 一天好几次 is this normal'))).toEqual(['发脾气']);
    expect(keyWords(readCodeSwitched('宝宝8个月还不会sit 是不是late了'))).not.toContain('晚了');
    expect(keyWords('两岁了还穿纸尿裤 是不是太晚了')).toEqual(['纸尿裤']);
  });

  it('colloquial questions on a covered topic stay covered', () => {
    // A milestone asked in English words inside Chinese is read as the document's verb.
    expect(covered(readCodeSwitched('宝宝8个月还不会sit 是不是late了'), 'zh', 'parenting-motor-milestones', '宝宝几个月会抬头、翻身、坐？')).toBe(1);
    expect(covered('送过去以后一直哭 不让我走', 'zh', 'parenting-separation-anxiety', '孩子每次送去托育点都大哭，正常吗？家长要不要留下来陪？')).toBe(1);
    expect(
      covered(
        "her teeth are coming through and she's miserable",
        'en',
        'parenting-teething-oral-care',
        'When do babies start teething? Is it normal to have no teeth at one year?',
      ),
    ).toBe(1);
  });
});

describe("the service's numbers from the configuration", () => {
  const w = words('zh');
  it('states the number asked for when the quote does not hold it', () => {
    expect(missingRuleFacts('取消要提前多久', '截止时间也写在确认信息里。', w, rules)[0]).toContain(`${rules.cancelDeadlineMinutes} 分钟`);
    expect(missingRuleFacts('一周最多能约几次', '', w, rules)[0]).toContain(String(rules.weeklyWeekendBookingsPerChild));
    expect(missingRuleFacts('候补名额保留多久', '', w, rules)[0]).toContain(String(rules.waitlistHoldMinutes));
    expect(missingRuleFacts('what happens if I no-show', '', words('en'), rules)[0]).toContain(String(rules.noShowPauseDays));
  });

  it('says nothing when the quote already holds it, or when no number was asked', () => {
    expect(missingRuleFacts('取消要提前多久', `最晚在场次开始前 ${rules.cancelDeadlineMinutes / 60} 小时取消`, w, rules)).toEqual([]);
    expect(missingRuleFacts('宝宝几个月可以吃辅食', '', w, rules)).toEqual([]);
  });

  it('a booking code in the quote is not the number ("取消 K7M2QX" holds no 2-hour deadline)', () => {
    const quoted = '直接发“取消”加预约编号，例如“取消 K7M2QX”。';
    expect(missingRuleFacts('取消预约的期限是多久', quoted, w, rules)[0]).toContain(`${rules.cancelDeadlineMinutes} 分钟`);
  });

  it('hears "is that still ok?" about cancelling as a question about the deadline', () => {
    expect(missingRuleFacts('if I cancel on Friday night for a Saturday morning session is that still ok?', '', words('en'), rules)).toHaveLength(1);
  });

  it('follows the configuration, not the documents', () => {
    const other = { ...rules, cancelDeadlineMinutes: 180 };
    expect(missingRuleFacts('取消要提前多久', '', w, other)[0]).toContain('3 小时（180 分钟）');
  });
});

describe('the medical disclaimer', () => {
  it('is given for every parenting document about health, and never for policy or service documents', () => {
    for (const file of readdirSync(join('knowledge', 'zh'))) {
      const doc = file.replace(/\.md$/, '');
      const topic = /^topic:\s*(\S+)/m.exec(readFileSync(join('knowledge', 'zh', file), 'utf8'))?.[1];
      if (doc.startsWith('parenting-') && topic === 'health-safety') expect(HEALTH_DOCS.has(doc), doc).toBe(true);
      if (!doc.startsWith('parenting-')) expect(HEALTH_DOCS.has(doc), doc).toBe(false);
    }
  });
});

describe('lists and quotes in a quoted section', () => {
  it('numbered steps are list items, each on its own line', () => {
    const units = splitUnits('发送 /forget 并确认。确认后：\n\n1. 先取消你所有未来的预约和候补；\n2. 再删除你的账号和孩子信息。');
    expect(units.filter((u) => u.bullet).map((u) => u.text)).toEqual(['1. 先取消你所有未来的预约和候补；', '2. 再删除你的账号和孩子信息。']);
    expect(renderUnits(units).split('\n')).toHaveLength(3);
  });

  it('a closing quote stays with its sentence', () => {
    const units = splitUnits('Meanwhile look at other points. See "How does the waitlist work?".');
    expect(units.map((u) => u.text)).toEqual(['Meanwhile look at other points.', 'See "How does the waitlist work?".']);
  });
});

describe('the fact a question asks for, besides a number', () => {
  // A section too long to quote whole: the sentence stating the asked fact is the one kept.
  const long = [
    '**确诊过敏的孩子不要吃过敏的食物。**很多孩子长大后会好转，但在家自己试吃可能引起严重反应，这一点和一般的辅食建议不同，请一直记住并照做下去。',
    '每次都看配料表：鸡蛋、牛奶、花生常常藏在蛋糕、饼干、酱料和各种零食里，买东西之前多看一眼，出门在外也要留意，不要因为只吃一点点就放松。',
    '送托前请告诉保育人员过敏原是什么、出现反应时怎么处理，这样老师才能在托育期间避开这些食物，也知道出了状况该怎么办。',
    '吃东西后出现呼吸困难、嘴唇肿胀，请立即拨打120，不要等待观察，也不要自己开车送医，等急救人员到来之前让孩子保持舒服的姿势。',
  ].join('\n\n');
  const quote = (question: string) => renderUnits(quoteAnswer(long, { words: contentWords(question), related: [], question, limit: 150 }));
  it('"要跟谁说" quotes the sentence with the person to tell', () => {
    expect(quote('孩子过敏 要跟谁说')).toMatch(/告诉保育人员/);
    expect(quote('孩子过敏 要注意什么')).not.toMatch(/告诉保育人员/);
  });
});

describe('English words in a Chinese question', () => {
  it('are read as the Chinese documents say them; an English message is left alone', () => {
    expect(readCodeSwitched('爷爷去pick up可以吗')).toBe('爷爷去接孩子可以吗');
    expect(readCodeSwitched('我想delete我的data')).toBe('我想删除我的信息');
    expect(readCodeSwitched('周六morning送过去要带啥')).toBe('周六上午送过去要带啥');
    expect(readCodeSwitched('can grandpa pick up?')).toBe('can grandpa pick up?');
  });
});

describe('Chinese words in an English question', () => {
  const passage = (heading: string, text: string): Passage => ({
    docId: 'service-eligibility',
    title: 'Who can use',
    heading,
    source: 's',
    language: 'en',
    text,
  });
  const deposit = passage('Is there a fee or a deposit?', 'The service is free: there is no fee and no deposit to pay.');
  it('are read as the English documents say them when an English passage is weighed', () => {
    expect(answersQuestion('Is there a 押金?', [deposit])).toBe(true);
    expect(answersQuestion('Is there a 押金 to pay?', [deposit])).toBe(answersQuestion('Is there a deposit to pay?', [deposit]));
  });
  it('still do not make a passage on another topic an answer', () => {
    expect(answersQuestion('my baby has 手足口, what now?', [deposit])).toBe(false);
  });
});

describe('a question about a medicine amount', () => {
  it('is one when it names a medicine or a dose, not when it asks an amount of food', () => {
    for (const q of ['布洛芬吃多少', '退烧药给几毫升', 'how much calpol can i give', 'what dose of ibuprofen', '维生素d吃多少'])
      expect(DOSE.test(q), q).toBe(true);
    for (const q of ['1岁以下的宝宝一天最多吃多少盐', '宝宝一次喝多少奶', 'how much formula does my baby need']) expect(DOSE.test(q), q).toBe(false);
  });
});

describe('how a parent sounds', () => {
  it('low mood and "I\'m so done" are heard as overwhelmed', () => {
    for (const t of ['有时候觉得自己是个坏妈妈', '看着孩子也开心不起来', "i'm so done", 'I feel like a failure', 'i cry every day']) {
      expect(OVERWHELMED.test(t.toLowerCase()), t).toBe(true);
    }
    expect(OVERWHELMED.test('孩子开心得不得了')).toBe(false);
  });

  it('a pronoun pointing back ("get it checked", "until it passes") leans on the question before', () => {
    for (const t of [
      'how long before i should get it checked?',
      'should i bring her into our bed until it passes?',
      '这个要多久才好',
      '可是他不刷牙就不肯睡',
      '我不想吃药 还有别的办法吗',
      'are there other ways?',
      '要多久会好 like a few weeks?',
      '要罚站吗 还是直接不理他',
    ]) {
      expect(FOLLOW_UP.test(t), t).toBe(true);
    }
    expect(FOLLOW_UP.test('is it ok to give honey to a 10 month old?')).toBe(false);
  });

  it('units and time frames name no topic ("一觉能睡五六个小时", "every single day")', () => {
    expect(keyWords('宝宝之前一觉能睡五六个小时 最近是不是睡眠倒退')).not.toContain('小时');
    expect(keyWords('toddler wakes at 5am every single day, we are dying here')).not.toContain('singl');
    expect(keyWords('宝宝一天喝200 ml 奶够吗')).not.toContain('ml');
  });
});

describe('the bold answer a section opens with', () => {
  it('is quoted whole, not only its first sentence', () => {
    const en = quote(
      'en',
      'parenting-toilet-learning',
      'My child was potty trained but has started having accidents again — what now?',
      'potty trained but accidents again',
    );
    expect(en).toMatch(/common and usually temporary/);
    expect(en).toMatch(/don't scold or punish/);
  });
});

describe('a parent at the end of their rope, not a child crying', () => {
  const hears = (t: string) => OVERWHELMED.test(normalizeText(toSimplified(t)));
  it('hears the parent', () => {
    expect(hears('我真的撑不住了 孩子哭了一整晚')).toBe(true);
    expect(hears('孩子每次分开都哭到崩溃 我也快崩溃了')).toBe(true);
    expect(hears("I'm exhausted and can't cope")).toBe(true);
    expect(hears("I'm running on 3 hours of sleep and starting to resent my baby")).toBe(true);
    expect(hears('先生下班只会滑手机 我觉得好孤单')).toBe(true);
    expect(hears('每天一个人带娃 真的撑不下去了')).toBe(true);
  });
  it('does not take the child crying hard for the parent', () => {
    expect(hears('小孩三歲半了 每次跟我分開還是哭到崩潰 最近還會說肚子痛')).toBe(false);
    expect(hears('宝宝天天哭 是不是肠绞痛')).toBe(false);
  });
});

describe('a question for a number', () => {
  it('quotes the number sentence that continues the one naming the topic', () => {
    const out = quote('en', 'parenting-crying-calming', 'Why does my baby cry so much?', 'it is colic, when does this get better?');
    expect(out).toMatch(/This is often called colic\. It usually starts/);
    expect(out).toMatch(/3–4 months/);
  });
  it('an age said as a comparison names no topic', () => {
    expect(keyWords("and once she's older than that?")).toEqual([]);
  });
});
