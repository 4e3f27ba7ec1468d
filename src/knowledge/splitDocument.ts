import { createHash } from 'node:crypto';
import { RecursiveCharacterTextSplitter } from '@langchain/textsplitters';
import type { KnowledgeLanguage } from './parseDocument.ts';
import { countTerms, extractTerms, LEXICON_FINGERPRINT } from './extractTerms.ts';
import { toSimplified, toTraditional } from '../text/chineseScript.ts';
import { takeQuestionBlocks } from './questionBlocks.ts';

export interface KnowledgeChunk {
  chunkIndex: number;
  /** "Title > Section", shown with citations. */
  headingPath: string;
  /** The section text, without the heading or question blocks (what a reader is shown). */
  content: string;
  /** The parent questions listed under the section heading (questions blocks). */
  questions: string[];
  /** What is embedded: heading path, the questions (one a line), blank line, content. */
  embeddedText: string;
  /** sha256 of embedder id + lexicon fingerprint + embedded text: equal hash means the stored vector and terms are still right. */
  contentHash: string;
  /** Distinct terms of the embedded text with their counts (BM25 term frequencies). */
  termCounts: Array<[string, number]>;
  /** Terms of the section heading, then of each question: ranking rewards a query that matches one of them. */
  headingTerms: string[][];
}

// Chinese packs more meaning per character, so its chunks are shorter.
const SIZES: Record<KnowledgeLanguage, { chunkSize: number; chunkOverlap: number }> = {
  zh: { chunkSize: 700, chunkOverlap: 60 },
  en: { chunkSize: 1200, chunkOverlap: 100 },
};

const SENTENCE_ENDS = ['。', '！', '？', '；'];

/** LangChain keeps a separator at the start of the next piece; a Chinese full stop belongs at the end of its sentence. */
class SentenceAwareSplitter extends RecursiveCharacterTextSplitter {
  override splitOnSeparator(text: string, separator: string): string[] {
    if (SENTENCE_ENDS.includes(separator)) return text.split(new RegExp(`(?<=${separator})`)).filter((s) => s !== '');
    return super.splitOnSeparator(text, separator);
  }
}

const splitters = new Map<KnowledgeLanguage, RecursiveCharacterTextSplitter>();
function splitterFor(language: KnowledgeLanguage): RecursiveCharacterTextSplitter {
  let s = splitters.get(language);
  if (!s) {
    // LangChain's Markdown separators, plus Chinese sentence punctuation
    // before the space/character fallbacks (Chinese has no spaces).
    const md = RecursiveCharacterTextSplitter.getSeparatorsForLanguage('markdown');
    const at = md.indexOf(' ');
    const separators = [...md.slice(0, at), ...SENTENCE_ENDS, ...md.slice(at)];
    s = new SentenceAwareSplitter({ ...SIZES[language], separators, keepSeparator: true });
    splitters.set(language, s);
  }
  return s;
}

interface Section {
  heading?: string;
  text: string;
  questions: string[];
}

/** Splits on `## ` headings outside code fences; text before the first one is the introduction. */
function sections(body: string): Section[] {
  const out: Section[] = [{ text: '', questions: [] }];
  let fenced = false;
  for (const line of body.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const h2 = !fenced ? /^##\s+(.+?)\s*#*\s*$/.exec(line) : null;
    if (h2) {
      out.push({ heading: h2[1]!, text: '', questions: [] });
      continue;
    }
    // The document title is already in every heading path.
    if (!fenced && /^#\s+/.test(line)) continue;
    out[out.length - 1]!.text += `${line}\n`;
  }
  return out
    .map((s) => {
      const { text, questions } = takeQuestionBlocks(s.text);
      return { ...s, text: text.trim(), questions };
    })
    .filter((s) => s.text !== '');
}

/**
 * More Traditional-only characters than Simplified-only ones, counted one
 * character at a time (phrase tables would count 物件 as Traditional).
 */
function writtenInTraditional(line: string): boolean {
  let traditional = 0;
  let simplified = 0;
  for (const ch of line) {
    if (!/\p{Script=Han}/u.test(ch)) continue;
    // Simplified first: some Simplified characters also convert "back" (么 → 幺).
    if (toTraditional(ch) !== ch) simplified++;
    else if (toSimplified(ch) !== ch) traditional++;
  }
  return traditional > simplified;
}

/**
 * A Chinese section's heading and questions as searches read them: a query is
 * converted to Simplified before it is matched (KnowledgeBase), so a line an
 * editor wrote in Traditional ("囝仔在服務點受傷了怎麼辦") must be indexed the
 * same way or it could never match. Lines already in Simplified stay as
 * written: converting them would also apply Taiwan phrase changes
 * (物件 → 对象, 程序 → 进程) to words that are not Taiwanese.
 */
function inSimplified(section: Section): Section {
  const simplified = (line: string) => (writtenInTraditional(line) ? toSimplified(line) : line);
  return {
    ...section,
    heading: section.heading === undefined ? undefined : simplified(section.heading),
    questions: [...new Set(section.questions.map(simplified))],
  };
}

/**
 * Splits a rendered document into chunks that each stay tied to one `##`
 * section; sections longer than the chunk size are split further with
 * LangChain's Markdown-aware recursive splitter.
 */
export async function splitDocument(doc: { title: string; language: KnowledgeLanguage; body: string }, embedderId: string): Promise<KnowledgeChunk[]> {
  const chunks: KnowledgeChunk[] = [];
  for (const found of sections(doc.body)) {
    const section = doc.language === 'zh' ? inSimplified(found) : found;
    const headingPath = section.heading ? `${doc.title} > ${section.heading}` : doc.title;
    const pieces = section.text.length <= SIZES[doc.language].chunkSize ? [section.text] : await splitterFor(doc.language).splitText(section.text);
    const headingTerms = [extractTerms(section.heading ?? doc.title), ...section.questions.map((q) => extractTerms(q))];
    for (const piece of pieces) {
      const content = piece.trim();
      if (!content) continue;
      // Questions go in like the heading: they say what the section answers.
      const embeddedText = `${[headingPath, ...section.questions].join('\n')}\n\n${content}`;
      chunks.push({
        chunkIndex: chunks.length,
        headingPath,
        content,
        questions: section.questions,
        embeddedText,
        contentHash: createHash('sha256').update(embedderId).update('\0').update(LEXICON_FINGERPRINT).update('\0').update(embeddedText).digest('hex'),
        termCounts: countTerms(embeddedText),
        headingTerms,
      });
    }
  }
  return chunks;
}
