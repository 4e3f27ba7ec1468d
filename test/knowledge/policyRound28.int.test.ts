import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/KnowledgeBase.ts';
import { realKnowledgeBase } from '../helpers/realKnowledge.ts';

/**
 * Round 28 (pol28): service questions found their own sections — insurance asked on a condition ("受傷的話 有保險嗎")
 * found the injury first aid, a late arrival found late pickup, "background checks" found nothing that says so, Down
 * syndrome found care around a birth, two points on one weekend found the grandparents' quarrels — and the class
 * section says which ages the classes take and how to book them.
 */
let kb: KnowledgeBase;

beforeAll(async () => {
  kb = await realKnowledgeBase();
}, 600_000);

describe('service questions find their own sections', () => {
  it.each([
    ['請問孩子在據點受傷的話 有保險嗎 要自己保嗎', 'zh', 'service-practical-questions', '保险'],
    ['如果宝宝在那边fall了受伤 有insurance吗', 'zh', 'service-practical-questions', '保险'],
    ["If my son gets hurt while he's there, is there insurance?", 'en', 'service-practical-questions', 'insurance'],
    ["What happens if we're 15 minutes late for the morning session?", 'en', 'service-practical-questions', 'arrive late'],
    ['do they do background checks on them?', 'en', 'policy-ratios-standards', 'qualifications'],
    ['那边的老师有资格证吗 会不会做背景调查', 'zh', 'policy-ratios-standards', '资质'],
    ['My daughter has Down syndrome. Is she able to join the weekend care?', 'en', 'service-eligibility', 'special needs'],
    ['下周想给老二book 但他才5个月 可以吗', 'zh', 'service-eligibility', '6个月以下'],
    ['可以两个点都约吗 周六约湖里的 周日约思明的 会不会冲突', 'zh', 'service-how-to-book', '每周'],
    ['下雨天还能去吗 有没有户外活动', 'zh', 'service-faq', '下雨'],
    ['平日的體驗課是什麼 要怎麼約', 'zh', 'service-kinds', '工作日'],
    ['绘本课适合多大的孩子 一节课上多久', 'zh', 'service-kinds', '体验课'],
  ] as const)('%s → %s', async (q, lang, docId, inHeading) => {
    const [top] = await kb.search(q, { lang, k: 3 });
    expect(top?.docId).toBe(docId);
    expect(top?.headingPath).toContain(inHeading);
  });

  /** The whole section the top hit belongs to (a long section is indexed in several chunks). */
  const sectionOfTop = async (q: string, lang: 'zh' | 'en') => {
    const hits = await kb.search(q, { lang, k: 6 });
    return hits
      .filter((h) => h.headingPath === hits[0]?.headingPath)
      .map((h) => h.content)
      .join('\n');
  };

  it('the class section says which ages take the classes and how to book them', async () => {
    const zh = await sectionOfTop('音乐社交课适合几岁 家长要陪吗', 'zh');
    expect(zh).toMatch(/0—3岁/);
    expect(zh).toMatch(/本助手里查询、预约/);
    expect(await sectionOfTop("What's the sensory integration class about? Is 18 months too young for it?", 'en')).toMatch(/aged 0–3/);
  });

  it('the carers section says what the standard requires of their records', async () => {
    expect(await sectionOfTop('老师有没有查过犯罪记录', 'zh')).toMatch(/无犯罪记录/);
    expect(await sectionOfTop('are the carers police-checked?', 'en')).toMatch(/no criminal record/);
  });
});
