import { KnowledgeDocumentError } from './KnowledgeDocumentError.ts';
import { findUnclosedQuestionBlock } from './questionBlocks.ts';

export type KnowledgeLanguage = 'zh' | 'en';

export interface ParsedDocument {
  /** Path used for citation, e.g. knowledge/zh/parenting-fever-illness.md */
  source: string;
  id: string;
  title: string;
  language: KnowledgeLanguage;
  audience?: string;
  topic?: string;
  lastReviewed?: string;
  sources: string[];
  /** Markdown after the front matter. */
  body: string;
}

/** Larger files are almost certainly not hand-written articles (a dump, a log). */
export const MAX_DOCUMENT_BYTES = 200 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Parses one knowledge file: `---` front matter (simple `key: value` lines and
 * `- item` lists, the subset our documents use) and a Markdown body.
 * Throws KnowledgeDocumentError naming the file for anything unusable.
 */
export function parseDocument(source: string, bytes: Uint8Array): ParsedDocument {
  if (bytes.length === 0) throw new KnowledgeDocumentError('KNOWLEDGE_EMPTY', source, 'the file is empty; skipped.');
  if (bytes.length > MAX_DOCUMENT_BYTES) {
    throw new KnowledgeDocumentError(
      'KNOWLEDGE_TOO_LARGE',
      source,
      `the file is ${Math.round(bytes.length / 1024)} KB, over the ${MAX_DOCUMENT_BYTES / 1024} KB limit for one document; split it into smaller documents. Skipped.`,
    );
  }
  if (bytes.includes(0)) throw new KnowledgeDocumentError('KNOWLEDGE_BINARY', source, 'the file contains NUL bytes (a binary file?); skipped.');
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new KnowledgeDocumentError('KNOWLEDGE_BINARY', source, 'the file is not valid UTF-8 text; save it as UTF-8. Skipped.');
  }
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (text.trim() === '') throw new KnowledgeDocumentError('KNOWLEDGE_EMPTY', source, 'the file has only whitespace; skipped.');

  const lines = text.split('\n');
  if (lines[0]?.trim() !== '---') {
    throw new KnowledgeDocumentError(
      'KNOWLEDGE_FRONT_MATTER',
      source,
      'no front matter: the file must start with a "---" line, then id/title/language, then "---".',
    );
  }
  const close = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  if (close < 0) throw new KnowledgeDocumentError('KNOWLEDGE_FRONT_MATTER', source, 'the front matter is not closed: add a "---" line after it.');
  const fields = parseFrontMatter(source, lines.slice(1, close), 2);
  const body = lines
    .slice(close + 1)
    .join('\n')
    .trim();

  const str = (k: string): string | undefined => {
    const v = fields.get(k);
    return typeof v === 'string' && v !== '' ? v : undefined;
  };
  const missing = ['id', 'title', 'language'].filter((k) => !str(k));
  if (missing.length) {
    throw new KnowledgeDocumentError('KNOWLEDGE_FIELD_MISSING', source, `front matter is missing ${missing.join(', ')}.`);
  }
  const id = str('id')!;
  if (!/^[a-z0-9][a-z0-9._-]*$/i.test(id)) {
    throw new KnowledgeDocumentError('KNOWLEDGE_FRONT_MATTER', source, `id "${id}" must be letters, digits, ".", "_" or "-".`);
  }
  const language = str('language')!;
  if (language !== 'zh' && language !== 'en') {
    throw new KnowledgeDocumentError('KNOWLEDGE_LANGUAGE', source, `language must be "zh" or "en", not "${language}".`);
  }
  if (body.replace(/^#.*$/gm, '').trim() === '') {
    throw new KnowledgeDocumentError('KNOWLEDGE_NO_CONTENT', source, 'the document has front matter but no text; skipped.');
  }
  const unclosed = findUnclosedQuestionBlock(lines.slice(close + 1).join('\n'));
  if (unclosed !== undefined) {
    throw new KnowledgeDocumentError(
      'KNOWLEDGE_QUESTIONS_BLOCK',
      source,
      `the "<!-- questions:" block at line ${close + 1 + unclosed} is never closed: end it with a "-->" line (otherwise the rest of the document would be hidden). Skipped.`,
    );
  }
  const sources = fields.get('sources');
  return {
    source,
    id,
    title: str('title')!,
    language,
    audience: str('audience'),
    topic: str('topic'),
    lastReviewed: str('last_reviewed'),
    sources: Array.isArray(sources) ? sources : typeof sources === 'string' && sources ? [sources] : [],
    body,
  };
}

function parseFrontMatter(source: string, lines: string[], firstLine: number): Map<string, string | string[]> {
  const fields = new Map<string, string | string[]>();
  let listKey: string | undefined;
  lines.forEach((line, i) => {
    if (line.trim() === '' || line.trim().startsWith('#')) return;
    const item = /^\s+-\s*(.*)$/.exec(line) ?? /^-\s+(.*)$/.exec(line);
    if (item && listKey) {
      (fields.get(listKey) as string[]).push(unquote(item[1]!.trim()));
      return;
    }
    const kv = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (!kv) {
      throw new KnowledgeDocumentError(
        'KNOWLEDGE_FRONT_MATTER',
        source,
        `front matter line ${firstLine + i} is not "key: value" or "- item": ${JSON.stringify(line.slice(0, 60))}.`,
      );
    }
    const key = kv[1]!;
    const value = kv[2]!.trim();
    if (value === '') {
      fields.set(key, []);
      listKey = key;
    } else {
      fields.set(key, unquote(value));
      listKey = undefined;
    }
  });
  return fields;
}

function unquote(v: string): string {
  if (v.length >= 2 && ((v.startsWith('"') && v.endsWith('"')) || (v.startsWith("'") && v.endsWith("'")))) return v.slice(1, -1);
  return v;
}
