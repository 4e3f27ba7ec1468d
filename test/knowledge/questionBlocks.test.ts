import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractTerms } from '../../src/knowledge/extractTerms.ts';
import { KnowledgeDocumentError } from '../../src/knowledge/KnowledgeDocumentError.ts';
import { parseDocument } from '../../src/knowledge/parseDocument.ts';
import { takeQuestionBlocks } from '../../src/knowledge/questionBlocks.ts';
import { splitDocument } from '../../src/knowledge/splitDocument.ts';

const FIXTURE = 'test/knowledge/fixtures/questions/knowledge/zh/parenting-night-waking.md';

describe('questions blocks', () => {
  it('are parsed per section, kept out of the passage text, and indexed like the heading', async () => {
    const doc = parseDocument('knowledge/zh/parenting-night-waking.md', readFileSync(FIXTURE));
    const chunks = await splitDocument(doc, 'e1');
    const night = chunks.find((c) => c.headingPath.endsWith('正常吗？'))!;
    expect(night.questions).toEqual(['宝宝晚上老是醒怎么办', '一晚上醒四五次正常吗', '娃半夜哭醒要不要抱']);
    expect(night.content).toBe('1岁以内的宝宝夜里醒几次是常见的。先观察几分钟，给孩子自己重新入睡的机会。');
    // Embedded and keyword-indexed with the section...
    expect(night.embeddedText).toContain('一晚上醒四五次正常吗');
    expect(night.termCounts.map(([t]) => t)).toContain('半夜');
    // ...and matched like the heading: heading terms first, then one set per question.
    expect(night.headingTerms).toHaveLength(4);
    expect(night.headingTerms[3]).toEqual(expect.arrayContaining(['半夜', '哭醒']));

    const naps = chunks.find((c) => c.headingPath.endsWith('白天要睡几次？'))!;
    expect(naps.questions).toEqual(['白天小睡几次合适']);
    // Other comments are editors' notes: never shown either.
    expect(naps.content).toBe('大约6个月的宝宝白天睡2到3次。');

    const plain = chunks.find((c) => c.headingPath.endsWith('没有问题块的小节'))!;
    expect(plain.questions).toEqual([]);
    expect(plain.headingTerms).toHaveLength(1);
    expect(chunks.every((c) => !c.content.includes('<!--') && !c.content.includes('questions'))).toBe(true);
  });

  it('in a Chinese document, indexes a heading and questions written in Traditional as Simplified, as searches read them', async () => {
    const body =
      '## 發燒後多久可以回托育點？\n\n<!-- questions:\n退燒後多久可以再去托育點\n退烧后多久可以再去托育点\n拉肚子好了幾天能送\n-->\n退热后满24小时、精神好再去。\n';
    const [chunk] = await splitDocument({ title: '健康检查', language: 'zh', body }, 'e');
    // The Traditional and Simplified lines are one question once converted.
    expect(chunk!.questions).toEqual(['退烧后多久可以再去托育点', '拉肚子好了几天能送']);
    expect(chunk!.headingPath).toBe('健康检查 > 发烧后多久可以回托育点？');
    expect(chunk!.headingTerms[0]).toEqual(extractTerms('发烧后多久可以回托育点？'));
    expect(chunk!.headingTerms[2]).toEqual(extractTerms('拉肚子好了几天能送'));
    expect(chunk!.embeddedText).toContain('拉肚子好了几天能送');
    // A line already in Simplified stays as written (no Taiwan phrase changes: 物件 is not 对象 here).
    const [simple] = await splitDocument(
      { title: '防噎', language: 'zh', body: '## 哪些小物件容易让孩子噎住？\n\n<!-- questions:\n睡前程序怎么安排\n-->\n正文。\n' },
      'e',
    );
    expect(simple!.headingPath).toBe('防噎 > 哪些小物件容易让孩子噎住？');
    expect(simple!.questions).toEqual(['睡前程序怎么安排']);
    // English documents are left as written.
    const [en] = await splitDocument({ title: 'T', language: 'en', body: '## A\n\n<!-- questions:\n發燒\n-->\ntext\n' }, 'e');
    expect(en!.questions).toEqual(['發燒']);
  });

  it('accepts one-line blocks and "- " bullets, ignores blank lines and repeats', () => {
    expect(takeQuestionBlocks('<!-- questions: a -->\ntext')).toEqual({ text: 'text', questions: ['a'] });
    expect(takeQuestionBlocks('<!-- questions:\n\n- a\n* b\na\n-->\ntext').questions).toEqual(['a', 'b']);
  });

  it('rejects a block that is never closed, naming the line', () => {
    const bytes = new TextEncoder().encode('---\nid: x\ntitle: X\nlanguage: zh\n---\n## 标题\n\n<!-- questions:\n问题一\n\n正文。\n');
    expect(() => parseDocument('knowledge/zh/x.md', bytes)).toThrow(KnowledgeDocumentError);
    expect(() => parseDocument('knowledge/zh/x.md', bytes)).toThrow(/line 8 is never closed/);
  });
});
