import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultConfig } from '../../src/config/config.ts';
import { contentWords } from '../../src/conversation/dialogue/answers/questionTerms.ts';
import { quoteAnswer, renderUnits } from '../../src/conversation/dialogue/answers/quoteAnswer.ts';
import { renderRules } from '../../src/knowledge/renderRules.ts';

/**
 * One section of a real knowledge document, read the simple way: a "## " heading, its questions block and its
 * text, with the engine's numbers rendered as ingestion renders them.
 */
export function readSection(lang: 'zh' | 'en', doc: string, heading: string): { text: string; questions: string[] } {
  const file = join('knowledge', lang, `${doc}.md`);
  const body = renderRules(readFileSync(file, 'utf8'), defaultConfig().booking, file);
  const at = body.indexOf(`## ${heading}\n`);
  if (at < 0) throw new Error(`no section "${heading}" in ${file}`);
  const rest = body.slice(at + heading.length + 4);
  const end = rest.search(/^## /m);
  const raw = end < 0 ? rest : rest.slice(0, end);
  const block = /<!--\s*questions:([\s\S]*?)-->/.exec(raw);
  return {
    text: raw.replace(/<!--[\s\S]*?-->/g, '').trim(),
    questions: (block?.[1] ?? '')
      .split('\n')
      .map((q) => q.trim())
      .filter(Boolean),
  };
}

/** The sentences a parent's question gets quoted from one section (as the answer step quotes them). */
export function quoteSection(lang: 'zh' | 'en', doc: string, heading: string, question: string): string {
  const { text } = readSection(lang, doc, heading);
  return renderUnits(quoteAnswer(text, { words: contentWords(question), related: [], question, limit: lang === 'zh' ? 260 : 480 }));
}
