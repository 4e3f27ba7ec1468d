/** The embedding service failed after retries, or answered with something unusable. */
export class EmbeddingError extends Error {
  readonly code = 'EMBEDDING_FAILED';
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'EmbeddingError';
  }
}
