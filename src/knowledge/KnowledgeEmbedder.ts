import type { EmbeddingsInterface } from '@langchain/core/embeddings';

/**
 * An embedder the knowledge index can record: `id` names the model (and its
 * settings) so an index built by one embedder is never searched with
 * another's vectors.
 */
export interface KnowledgeEmbedder extends EmbeddingsInterface {
  readonly id: string;
  /** Vector length; resolved lazily for remote models whose size is not known up front. */
  getDimension(): Promise<number>;
  /**
   * True when vectors measure shared words rather than meaning (feature
   * hashing): similarity without a shared term is then a hash collision.
   */
  readonly lexical?: boolean;
}
