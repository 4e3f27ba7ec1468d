export type KnowledgeDocumentCode =
  | 'KNOWLEDGE_EMPTY'
  | 'KNOWLEDGE_TOO_LARGE'
  | 'KNOWLEDGE_BINARY'
  | 'KNOWLEDGE_FRONT_MATTER'
  | 'KNOWLEDGE_FIELD_MISSING'
  | 'KNOWLEDGE_LANGUAGE'
  | 'KNOWLEDGE_DUPLICATE_ID'
  | 'KNOWLEDGE_UNKNOWN_PLACEHOLDER'
  | 'KNOWLEDGE_NO_CONTENT'
  | 'KNOWLEDGE_QUESTIONS_BLOCK'
  | 'KNOWLEDGE_WRITE_FAILED';

/** A knowledge file that cannot be indexed; the message names the file and says what to fix. */
export class KnowledgeDocumentError extends Error {
  constructor(
    readonly code: KnowledgeDocumentCode,
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
    this.name = 'KnowledgeDocumentError';
  }
}
