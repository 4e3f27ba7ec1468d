import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS, isRelevant } from '../../src/knowledge/KnowledgeBase.ts';

describe('relevance rule', () => {
  const weak = { similarity: 0.02, keywordCoverage: 0.1, sharedConcepts: 0 };

  it('counts a good question match as relevant on its own', () => {
    expect(isRelevant({ ...weak, questionMatch: 0.5 }, DEFAULT_THRESHOLDS)).toBe(true);
    expect(isRelevant({ ...weak, questionMatch: DEFAULT_THRESHOLDS.questionMatch }, DEFAULT_THRESHOLDS)).toBe(true);
  });

  it('keeps "nothing relevant" when neither the question match nor the other signals are enough', () => {
    expect(isRelevant({ ...weak, questionMatch: 0.3 }, DEFAULT_THRESHOLDS)).toBe(false);
    expect(isRelevant(weak, DEFAULT_THRESHOLDS)).toBe(false);
  });

  it('still accepts the other signals without a question match (vector-only baseline)', () => {
    expect(isRelevant({ similarity: 0.35, keywordCoverage: 0, sharedConcepts: 0 }, DEFAULT_THRESHOLDS)).toBe(true);
    expect(isRelevant({ similarity: 0.1, keywordCoverage: 0.4, sharedConcepts: 1 }, DEFAULT_THRESHOLDS)).toBe(true);
  });

  it('with a lexical embedder, ignores similarity from a chunk that shares no term with the query (a hash collision)', () => {
    const lexical = { ...DEFAULT_THRESHOLDS, similarityNeedsSharedTerm: true };
    expect(isRelevant({ similarity: 0.35, keywordCoverage: 0, sharedConcepts: 0 }, lexical)).toBe(false);
    expect(isRelevant({ similarity: 0.35, keywordCoverage: 0.05, sharedConcepts: 0 }, lexical)).toBe(true);
    expect(isRelevant({ similarity: 0, keywordCoverage: 0, sharedConcepts: 0, questionMatch: 0.6 }, lexical)).toBe(true);
  });
});
