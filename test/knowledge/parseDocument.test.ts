import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/config.ts';
import { parseDocument, MAX_DOCUMENT_BYTES } from '../../src/knowledge/parseDocument.ts';
import { renderRules } from '../../src/knowledge/renderRules.ts';
import { splitDocument } from '../../src/knowledge/splitDocument.ts';
import { KnowledgeDocumentError } from '../../src/knowledge/KnowledgeDocumentError.ts';

const enc = (s: string) => new TextEncoder().encode(s);
const doc = (front: string, body = '# T\n\nSome text.') => enc(`---\n${front}\n---\n${body}\n`);

function parseError(bytes: Uint8Array, file = 'knowledge/zh/x.md'): KnowledgeDocumentError {
  try {
    parseDocument(file, bytes);
  } catch (err) {
    if (err instanceof KnowledgeDocumentError) return err;
    throw err;
  }
  throw new Error('expected a KnowledgeDocumentError');
}

describe('parseDocument', () => {
  it('reads front matter, the sources list and the body', () => {
    const d = parseDocument(
      'knowledge/en/a.md',
      doc(
        'id: service-faq\ntitle: "FAQ: questions"\nlanguage: en\ntopic: booking\nlast_reviewed: 2026-11-22\nsources:\n  - Source one\n  - Source two',
        '# FAQ\n\n## Q\n\nA.',
      ),
    );
    expect(d).toMatchObject({
      id: 'service-faq',
      title: 'FAQ: questions',
      language: 'en',
      topic: 'booking',
      lastReviewed: '2026-11-22',
      sources: ['Source one', 'Source two'],
    });
    expect(d.body).toContain('## Q');
  });

  it('accepts Windows line endings and a BOM', () => {
    const d = parseDocument('k/a.md', enc('\uFEFF---\r\nid: a\r\ntitle: A\r\nlanguage: zh\r\n---\r\n正文内容。\r\n'));
    expect(d).toMatchObject({ id: 'a', language: 'zh', body: '正文内容。' });
  });

  it.each([
    ['an empty file', new Uint8Array(), 'KNOWLEDGE_EMPTY'],
    ['whitespace only', enc('  \n\n'), 'KNOWLEDGE_EMPTY'],
    ['a huge file', new Uint8Array(MAX_DOCUMENT_BYTES + 1).fill(0x61), 'KNOWLEDGE_TOO_LARGE'],
    ['NUL bytes', Uint8Array.from([0x2d, 0x2d, 0x2d, 0x0a, 0x00, 0x01]), 'KNOWLEDGE_BINARY'],
    ['invalid UTF-8', Uint8Array.from([0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0xfe, 0xc3]), 'KNOWLEDGE_BINARY'],
    ['no front matter', enc('# Title\n\ntext'), 'KNOWLEDGE_FRONT_MATTER'],
    ['unclosed front matter', enc('---\nid: a\ntitle: A\nlanguage: en\n# Title'), 'KNOWLEDGE_FRONT_MATTER'],
    ['a broken front matter line', doc('id: a\ntitle A without colon\nlanguage: en'), 'KNOWLEDGE_FRONT_MATTER'],
    ['a missing title', doc('id: a\nlanguage: en'), 'KNOWLEDGE_FIELD_MISSING'],
    ['a missing id', doc('title: A\nlanguage: en'), 'KNOWLEDGE_FIELD_MISSING'],
    ['an unsupported language', doc('id: a\ntitle: A\nlanguage: fr'), 'KNOWLEDGE_LANGUAGE'],
    ['front matter but no text', doc('id: a\ntitle: A\nlanguage: en', '# Only a title'), 'KNOWLEDGE_NO_CONTENT'],
  ])('rejects %s with a message naming the file', (_name, bytes, code) => {
    const err = parseError(bytes, 'knowledge/zh/bad.md');
    expect(err.code).toBe(code);
    expect(err.message).toMatch(/^knowledge\/zh\/bad\.md: /);
  });
});

describe('renderRules', () => {
  const rules = defaultConfig().booking;

  it('fills every placeholder from the booking rules', () => {
    const text = renderRules(
      '开始前 {{rules.cancelDeadlineHours}} 小时（{{rules.cancelDeadlineMinutes}} 分钟）；提前 {{ rules.opensDaysAhead }} 天；每周 {{rules.weeklyWeekendBookingsPerChild}} 次；' +
        '{{rules.noShowWindowDays}} 天内 {{rules.noShowLimit}} 次未到暂停 {{rules.noShowPauseDays}} 天；保留 {{rules.waitlistHoldMinutes}} 分钟；截止 {{rules.closesMinutesBefore}}',
      rules,
      'k/a.md',
    );
    expect(text).toBe('开始前 2 小时（120 分钟）；提前 14 天；每周 2 次；30 天内 3 次未到暂停 14 天；保留 30 分钟；截止 60');
  });

  it('fills the chat-history retention from the configuration (HISTORY_RETENTION_DAYS)', () => {
    expect(renderRules('聊天记录保存{{rules.historyRetentionDays}}天', rules, 'f')).toBe(`聊天记录保存${defaultConfig().memory.retentionDays}天`);
    expect(renderRules('kept for {{rules.historyRetentionDays}} days', { ...rules, historyRetentionDays: 30 }, 'f')).toBe('kept for 30 days');
  });

  it('formats fractional hours', () => {
    expect(renderRules('{{rules.cancelDeadlineHours}}', { ...rules, cancelDeadlineMinutes: 90 }, 'f')).toBe('1.5');
    expect(renderRules('{{rules.cancelDeadlineHours}}', { ...rules, cancelDeadlineMinutes: 45 }, 'f')).toBe('0.75');
    expect(renderRules('{{rules.cancelDeadlineHours}}', { ...rules, cancelDeadlineMinutes: 1440 }, 'f')).toBe('24');
  });

  it('rejects an unknown placeholder, naming the file and the placeholder', () => {
    expect(() => renderRules('x {{rules.refundDays}} y', rules, 'knowledge/en/a.md')).toThrow(
      /knowledge\/en\/a\.md: unknown placeholder \{\{rules\.refundDays\}\}/,
    );
    expect(() => renderRules('{{ company.name }}', rules, 'k/b.md')).toThrow(KnowledgeDocumentError);
  });
});

describe('splitDocument', () => {
  it('keeps every chunk tied to its heading path and hashes per embedder', async () => {
    const body = '# 添加辅食\n\n引言一段。\n\n## 宝宝几个月可以吃辅食？\n\n大约六个月。\n\n## 第一口辅食吃什么好？\n\n强化铁的米粉。';
    const chunks = await splitDocument({ title: '添加辅食', language: 'zh', body }, 'e1');
    expect(chunks.map((c) => c.headingPath)).toEqual(['添加辅食', '添加辅食 > 宝宝几个月可以吃辅食？', '添加辅食 > 第一口辅食吃什么好？']);
    expect(chunks[1]).toMatchObject({ chunkIndex: 1, content: '大约六个月。' });
    expect(chunks[1]!.embeddedText).toBe('添加辅食 > 宝宝几个月可以吃辅食？\n\n大约六个月。');
    expect(chunks[1]!.termCounts.map(([t]) => t)).toEqual(expect.arrayContaining(['辅食', '~solids']));
    const other = await splitDocument({ title: '添加辅食', language: 'zh', body }, 'e2');
    expect(other[1]!.contentHash).not.toBe(chunks[1]!.contentHash);
  });

  it('splits a long section into several chunks, all under the same heading', async () => {
    const para = (i: number) => `Paragraph ${i} about sleep routines and naps. `.repeat(8);
    const body = `## Long section\n\n${Array.from({ length: 10 }, (_, i) => para(i)).join('\n\n')}\n\n## Short\n\nEnd.`;
    const chunks = await splitDocument({ title: 'Sleep', language: 'en', body }, 'e');
    const long = chunks.filter((c) => c.headingPath === 'Sleep > Long section');
    expect(long.length).toBeGreaterThan(1);
    for (const c of long) expect(c.content.length).toBeLessThanOrEqual(1200);
    expect(chunks.at(-1)!.headingPath).toBe('Sleep > Short');
    expect(chunks.map((c) => c.chunkIndex)).toEqual(chunks.map((_, i) => i));
  });

  it('splits long Chinese text at sentence ends', async () => {
    const body = `## 长段落\n\n${'宝宝晚上睡觉前可以洗澡、换睡衣、读绘本。'.repeat(60)}`;
    const chunks = await splitDocument({ title: '睡眠', language: 'zh', body }, 'e');
    expect(chunks.length).toBeGreaterThan(1);
    for (const c of chunks) {
      expect(c.content.length).toBeLessThanOrEqual(700);
      expect(c.content.endsWith('。')).toBe(true);
    }
  });

  it('ignores ## inside code fences', async () => {
    const chunks = await splitDocument({ title: 'T', language: 'en', body: '## A\n\n```\n## not a heading\n```\n\ntext' }, 'e');
    expect(chunks).toHaveLength(1);
    expect(chunks[0]!.content).toContain('## not a heading');
  });
});
