import { describe, expect, it } from 'vitest';
import { askedPart } from '../../src/conversation/dialogue/answers/askedPart.ts';
import { contentWords, keyWords } from '../../src/conversation/dialogue/answers/questionTerms.ts';
import { quoteAnswer, renderUnits, wordsAsked } from '../../src/conversation/dialogue/answers/quoteAnswer.ts';
import { answersQuestion, type Passage } from '../../src/conversation/dialogue/answers/presentAnswer.ts';
import { readSection } from '../helpers/knowledgeSection.ts';

/**
 * Round 24: parents tell a story first and ask last, often voice-typed with pauses for punctuation. The part that asks
 * is read in one place (askedPart.ts) for the "not covered" test and for the sentences quoted.
 */
describe('the part of a story that asks', () => {
  it('reads a voice-typed run-on, its clauses split at the pauses', () => {
    expect(
      askedPart('我家老二二十四个月了 最近每天晚上都要闹到十一点才睡 白天在奶奶家睡两个多小时 奶奶说别管他 我觉得不对 是不是午睡太多了 要不要叫醒他'),
    ).toBe('是不是午睡太多了 要不要叫醒他');
  });

  it('reads Traditional Chinese as Simplified', () => {
    expect(askedPart('我兒子兩歲 晚上還在尿床 婆婆說要打 尿床要看醫生嗎')).toBe('尿床要看医生吗');
  });

  it('does not take question words used as indefinites in the story for asking', () => {
    // "怎么抱都哄不住", "啥都不记得", "过几分钟" tell; only the last clause asks.
    expect(askedPart('孩子一岁半 半夜突然尖叫 怎么抱都哄不住 过几分钟又睡了 第二天啥都不记得 是不是缺钙')).toBe('是不是缺钙');
  });

  it('keeps an English question with its commas, and leaves out the story told after it', () => {
    expect(askedPart('We are moving to Xiamen. Which brand of stroller is best, Bugaboo or Goodbaby? My mum says the cheap one is fine.')).toBe(
      'Which brand of stroller is best, Bugaboo or Goodbaby?',
    );
  });

  it('has no part when the asking words name no topic: the story is then the question', () => {
    expect(askedPart('女儿两岁半 白天会上厕所了 晚上还是天天尿床 这个要紧吗')).toBeUndefined();
    expect(askedPart('My MIL puts him to sleep on his tummy. Is that normal?')).toBeUndefined();
    expect(askedPart('他一拿走手机就哭 怎么办')).toBeUndefined();
  });

  it('has no part when the whole message asks, nothing asks, or it is a follow-up joined to the question before', () => {
    expect(askedPart('午睡太多了吗')).toBeUndefined();
    expect(askedPart('宝宝十个月 每天五点醒')).toBeUndefined();
    expect(askedPart('宝宝十个月 每天五点醒 怎么让他多睡\n那午睡要减少吗')).toBeUndefined();
  });
});

describe('words around a story that name no topic', () => {
  it('English adverbs of telling, numbers in words and months are no topic', () => {
    const key = keyWords(
      "My daughter turned one in October, so fourteen months now, and since we switched to whole milk she's basically living on it, probably close to a litre. How much should she actually be having?",
    );
    expect(key).toContain('milk');
    for (const w of ['october', 'fourteen', 'sinc', 'basical', 'probab', 'actual']) expect(key).not.toContain(w);
  });

  it('announcing the question and a Taiwan husband are no topic', () => {
    const key = keyWords('我先生说是我把他宠坏了 我想问问夜醒正常吗');
    for (const w of ['先生', '问问']) expect(key).not.toContain(w);
  });
});

describe('the words a story asks, for the sentences quoted', () => {
  it('are the words of the voice-typed part that asks', () => {
    expect(wordsAsked('白天在奶奶家睡两个多小时 奶奶说别管他 是不是午睡太多了 要不要叫醒他', ['奶奶', '午睡', '叫醒'])).toEqual(['午睡', '叫醒']);
  });
});

describe('a story is covered by the section holding what it asks', () => {
  const section = (lang: 'zh' | 'en', doc: string, heading: string, questionMatch: number): Passage => {
    const { text, questions } = readSection(lang, doc, heading);
    return { docId: doc, title: doc, heading: `${doc} > ${heading}`, source: `knowledge/${lang}/${doc}.md`, language: lang, text, questions, questionMatch };
  };
  const milk = section('en', 'parenting-toddler-nutrition', 'How much milk should a 1–3-year-old drink a day? Is too much a problem?', 0.25);

  it('a long story asking how much milk is answered by the milk section, though it holds few of the story’s words', () => {
    const story =
      "My daughter turned one in October, so fourteen months now, and since we switched to whole milk she's basically living on it — four big bottles a day, probably close to a litre, and she picks at dinner. My husband thinks milk is the healthy bit. How much milk should she actually be having?";
    expect(answersQuestion(story, [milk])).toBe(true);
  });

  it('a part asking a word any section holds ("is that safe?") does not make a section about something else cover the story', () => {
    const story = "My mother-in-law wants to get our 6 month old's ears pierced before Chinese New Year. Is that safe at this age?";
    expect(answersQuestion(story, [milk])).toBe(false);
  });
});

describe('asked whether what they noticed is connected', () => {
  it('quotes the sentence saying what makes it more likely', () => {
    const heading = "My child screams in the night with eyes open and can't be woken — is this a night terror?";
    const { text } = readSection('en', 'parenting-sleep-routines', heading);
    const question = "It's always worse on days when she skips her nap or we had a long day out. Is that connected?";
    const quoted = renderUnits(quoteAnswer(text, { words: contentWords(question), related: [], question, limit: 375, part: true }));
    expect(quoted).toMatch(/more likely/);
  });
});
