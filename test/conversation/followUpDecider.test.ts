import { describe, expect, it } from 'vitest';
import { readFollowUp } from '../../src/conversation/dialogue/answers/followUp.ts';
import { normalizeText } from '../../src/nlu/normalizeText.ts';
import { toSimplified } from '../../src/text/chineseScript.ts';

/**
 * The one decider of whether a question leans on the answer before (answers/followUp.ts), as a table: the message,
 * the question before, and whether it leans and why.
 */
const read = (text: string, previous: string | undefined = 'question before') => readFollowUp(normalizeText(toSimplified(text)), previous, text);

describe('a question that leans on the answer before', () => {
  it.each([
    ['ok and what should I watch for afterwards?', 'leaning-word'],
    ['那如果过了时间呢', 'leaning-word'],
    ['那白天要怎麼開始練', 'leaning-word'],
    ['and for a 2 year old?', 'leaning-word'],
    ['what about swaddling?', 'leaning-word'],
    ['is that normal?', 'leaning-word'],
    ['好的 那要多久', 'leaning-word'],
    ['什麼時候要看醫生', 'doctor'],
    ['should we get her checked?', 'doctor'],
    ['有别的吗', 'other-than-that'],
    ['how long is it good for?', 'no-topic-of-its-own'],
    ['要多久', 'leaning-word'],
  ])('%s leans (%s)', (text, signal) => {
    const r = read(text, '宝宝打疫苗前要注意什么');
    expect(r.leans).toBe(true);
    if (r.leans) expect(r.signal).toBe(signal);
  });

  it('keeps the words it asks with, without the acknowledgement before them', () => {
    const r = read('ok and what should I watch for afterwards?');
    expect(r.leans && r.asked).toBe('and what should i watch for afterwards?');
  });

  it('says whether its own words name a topic (a strong one may still win in the search)', () => {
    const named = read('那送托的时候要怎么跟他说再见');
    const bare = read('how long is it good for?');
    expect(named.leans && named.ownTopic).toBe(true);
    expect(bare.leans && bare.ownTopic).toBe(false);
  });

  it('an opener announcing a new question still leans when what follows points back or names nothing', () => {
    expect(read('also, is that normal?').leans).toBe(true);
    expect(read('另外 这个要多久').leans).toBe(true);
  });
});

describe('a question that does not lean', () => {
  it.each([
    'btw when should I start brushing her teeth?',
    'btw how do I clean the bottles',
    '另外 咳嗽可以去托育点吗',
    '顺便问一下 周末托育要钱吗',
    '對了 副食品什麼時候開始吃',
    '另外 他每天早上5点就醒 怎么办',
  ])('%s announces a new topic', (text) => {
    expect(read(text)).toEqual({ leans: false, reason: 'new-topic' });
  });

  it.each(['宝宝脸上的湿疹越来越多了要怎么护理', 'what time does the Huli point open on Saturday and is there parking nearby'])('%s stands alone', (text) => {
    expect(read(text)).toEqual({ leans: false, reason: 'stands-alone' });
  });

  it('with nothing asked before, or the same message again, nothing is leaned on', () => {
    expect(readFollowUp('那如果过了时间呢', undefined)).toEqual({ leans: false, reason: 'nothing-before' });
    expect(read('那如果过了时间呢', '那如果过了时间呢')).toEqual({ leans: false, reason: 'same-message' });
  });
});
