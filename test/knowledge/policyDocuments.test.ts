import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/config.ts';
import { toSimplified } from '../../src/text/chineseScript.ts';
import { renderRules } from '../../src/knowledge/renderRules.ts';
import { quoteSection } from '../helpers/knowledgeSection.ts';

const SERVICE_DOCS = /^(?:service|policy)-.*\.md$/;
const read = (lang: string, doc: string) => readFileSync(join('knowledge', lang, `${doc}.md`), 'utf8');

const quote = quoteSection;

describe('service and policy documents', () => {
  it('state the chat-history retention the engine applies (HISTORY_RETENTION_DAYS)', () => {
    // Rendered as ingestion renders them: a document may write the number or {{rules.historyRetentionDays}};
    // either way the stated number is the one the engine deletes by.
    const days = defaultConfig().memory.retentionDays;
    expect(defaultConfig().booking.historyRetentionDays).toBe(days);
    const rendered = (lang: string) => renderRules(read(lang, 'policy-privacy'), defaultConfig().booking, `knowledge/${lang}/policy-privacy.md`);
    const zh = rendered('zh');
    const en = rendered('en');
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

  it('quote the answering sentence of the sections added for questions that had none', () => {
    const days = defaultConfig().memory.retentionDays;
    expect(quote('zh', 'policy-privacy', '聊天记录和求助记录保存多久？', '聊天记录你们会保存多久')).toContain(`${days}天`);
    expect(quote('en', 'policy-privacy', 'How long do you keep chat history and staff requests?', 'how long do you keep our chats?')).toContain(`${days} days`);
    expect(quote('zh', 'policy-privacy', '服务点会给孩子拍照吗？孩子的照片怎么处理？', '老师会拍照发朋友圈吗')).toMatch(/同意/);
    expect(quote('en', 'policy-privacy', 'Does the point take photos of my child? What happens to them?', 'do staff take photos of the kids?')).toMatch(
      /consent/,
    );
    const special = '孩子有特殊需要（特殊需求），如发育迟缓、早产、自闭症、唐氏综合征、残疾，可以参加吗？';
    expect(quote('zh', 'service-eligibility', special, '孩子发育迟缓可以送托吗')).toMatch(/提前告诉服务点/);
    const specialEn = 'Can a child with special needs (developmental delay, born early, autism, Down syndrome, a disability) attend?';
    expect(quote('en', 'service-eligibility', specialEn, 'can a child with autism be dropped off?')).toMatch(/in advance/);
    expect(quote('zh', 'service-what-to-bring', '纸尿裤（尿布）和湿巾要自己带吗？', '尿不湿要自己带吗')).toMatch(/^要自己带/);
    expect(quote('en', 'service-what-to-bring', 'Do we bring our own nappies (diapers) and wipes?', 'do I bring nappies?')).toMatch(/^Yes, bring your own/);
  });
});
