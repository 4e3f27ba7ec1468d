import type { Config } from '../config/config.ts';
import type { KnowledgeEmbedder } from './KnowledgeEmbedder.ts';
import { OfflineEmbedder } from './OfflineEmbedder.ts';
import { OpenAIEmbedder } from './OpenAIEmbedder.ts';

/** The embedder the configuration asks for: offline (default) or an OpenAI-compatible API. */
export function createEmbedder(config: Pick<Config, 'embedder' | 'openai'>): KnowledgeEmbedder {
  if (config.embedder === 'openai') {
    if (!config.openai.apiKey) throw new Error('EMBEDDER=openai needs OPENAI_API_KEY');
    return new OpenAIEmbedder({
      apiKey: config.openai.apiKey,
      baseURL: config.openai.baseURL,
      model: config.openai.embeddingModel,
      timeoutMs: config.openai.timeoutMs,
      maxRetries: config.openai.maxRetries,
    });
  }
  return new OfflineEmbedder();
}
