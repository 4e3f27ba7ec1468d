import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/nlu/detectLanguage.ts';

describe('detectLanguage: code-switched messages are judged by their grammar', () => {
  it('a Chinese sentence around English nouns is Chinese, with or without a conversation before it', () => {
    for (const prev of [undefined, 'zh', 'en'] as const) {
      expect(detectLanguage('ok 那 this Saturday 湖里 morning 帮我看看', prev)).toBe('zh');
      expect(detectLanguage('Kevin周六的cancel 改book周日上午 same place', prev)).toBe('zh');
      expect(detectLanguage('OK 那就 Saturday morning 海滄', prev)).toBe('zh');
    }
  });

  it('an English sentence naming a Chinese place or child is English', () => {
    for (const prev of [undefined, 'zh', 'en'] as const) {
      expect(detectLanguage('Any slots in 湖里 this Saturday morning?', prev)).toBe('en');
      expect(detectLanguage('We live near 五缘湾, any half day care on Sunday morning?', prev)).toBe('en');
      expect(detectLanguage('Please check Saturday afternoon in 集美 for 乐乐', prev)).toBe('en');
      expect(detectLanguage('ok 思明 is fine, any afternoon too?', prev)).toBe('en');
    }
  });

  it('a bare acknowledgement keeps the conversation language', () => {
    expect(detectLanguage('好', 'en')).toBe('en');
    expect(detectLanguage('好的!', 'en')).toBe('en');
    expect(detectLanguage('ok 好', 'en')).toBe('en');
    expect(detectLanguage('ok', 'zh')).toBe('zh');
    expect(detectLanguage('好', 'zh')).toBe('zh');
    expect(detectLanguage('好')).toBe('zh');
    expect(detectLanguage('好 thanks', 'zh')).toBe('zh');
    expect(detectLanguage('收到 thank you', 'en')).toBe('en');
    // More than an acknowledgement is language evidence again.
    expect(detectLanguage('好的 周六湖里上午', 'en')).toBe('zh');
  });

  it('nouns without grammar on either side are weighed, leaning to the conversation', () => {
    expect(detectLanguage('周日上午湖里 for two kids')).toBe('zh');
    expect(detectLanguage('Sunday morning 湖里', 'en')).toBe('en');
  });

  it('in an English conversation an English frame around Chinese words stays English', () => {
    expect(detectLanguage('book 周六 上午 集美 for Mia', 'en')).toBe('en');
    expect(detectLanguage('周六 book 一下 集美 上午', 'en')).toBe('zh');
  });
});
