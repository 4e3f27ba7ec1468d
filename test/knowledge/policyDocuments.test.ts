import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/config.ts';
import { toSimplified } from '../../src/text/chineseScript.ts';

const SERVICE_DOCS = /^(?:service|policy)-.*\.md$/;
const read = (lang: string, doc: string) => readFileSync(join('knowledge', lang, `${doc}.md`), 'utf8');

describe('service and policy documents', () => {
  it('state the chat-history retention the engine applies (HISTORY_RETENTION_DAYS)', () => {
    // The documents cannot render this value yet ({{rules.x}} covers the booking rules only): this keeps
    // the stated number equal to the default the engine deletes by.
    const days = defaultConfig().memory.retentionDays;
    const zh = read('zh', 'policy-privacy');
    const en = read('en', 'policy-privacy');
    expect(zh).toContain(`聊天记录保存${days}天`);
    expect(en).toContain(`Chat history is kept for ${days} days`);
    for (const text of [zh, en]) {
      const stated = [...text.matchAll(/(\d+) ?(?:天|days)/g)].map((m) => Number(m[1]));
      expect(stated.every((n) => n === days)).toBe(true);
    }
  });

  it('list their Chinese questions in Simplified script, as questions are matched after conversion', () => {
    for (const f of readdirSync(join('knowledge', 'zh')).filter((f) => SERVICE_DOCS.test(f))) {
      const text = readFileSync(join('knowledge', 'zh', f), 'utf8');
      for (const block of text.matchAll(/<!--\s*questions:([\s\S]*?)-->/g)) {
        for (const q of block[1]!.split('\n').filter((l) => l.trim())) {
          if (f === 'policy-injury-at-point.md') continue;
          expect(`${f}: ${toSimplified(q)}`).toBe(`${f}: ${q}`);
        }
      }
    }
  });

  it('answer the questions parents ask that had no section: photos, special needs, nappies, what is not free', () => {
    expect(read('zh', 'policy-privacy')).toMatch(/## 服务点会给孩子拍照吗/);
    expect(read('en', 'policy-privacy')).toMatch(/## Does the point take photos of my child/);
    expect(read('zh', 'service-eligibility')).toMatch(/## 孩子有特殊需要/);
    expect(read('en', 'service-eligibility')).toMatch(/## Can a child with special needs/);
    expect(read('zh', 'service-what-to-bring')).toMatch(/## 纸尿裤（尿布）和湿巾要自己带吗/);
    expect(read('en', 'service-what-to-bring')).toMatch(/## Do we bring our own nappies/);
  });
});
