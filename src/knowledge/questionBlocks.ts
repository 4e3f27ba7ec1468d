/**
 * The parent questions a section answers, written by content editors under
 * its `##` heading:
 *
 *   <!-- questions:
 *   宝宝晚上老是醒怎么办
 *   一晚上醒四五次正常吗
 *   -->
 *
 * An HTML comment, so Markdown viewers hide it; retrieval indexes the
 * questions with the section and never shows them as passage text.
 * One question per line; a leading "- " is allowed; blank lines are ignored.
 */

const OPEN = /^\s*<!--\s*questions\s*:(.*)$/i;
const CLOSE = '-->';

export interface SectionText {
  /** The text without question blocks (and without other HTML comments). */
  text: string;
  questions: string[];
}

function cleanQuestion(line: string): string | undefined {
  const q = line.replace(/^\s*[-*]\s+/, '').trim();
  return q === '' ? undefined : q;
}

/** Splits a section's text into its readable text and the questions of its block(s). */
export function takeQuestionBlocks(sectionText: string): SectionText {
  const kept: string[] = [];
  const questions: string[] = [];
  let inBlock = false;
  for (const line of sectionText.split('\n')) {
    if (!inBlock) {
      const open = OPEN.exec(line);
      if (!open) {
        kept.push(line);
        continue;
      }
      inBlock = true;
      const rest = open[1]!;
      const end = rest.indexOf(CLOSE);
      const q = cleanQuestion(end >= 0 ? rest.slice(0, end) : rest);
      if (q) questions.push(q);
      if (end >= 0) inBlock = false;
      continue;
    }
    const end = line.indexOf(CLOSE);
    const q = cleanQuestion(end >= 0 ? line.slice(0, end) : line);
    if (q) questions.push(q);
    if (end >= 0) inBlock = false;
  }
  // Any other comment is a note for editors, not for parents either.
  const text = kept.join('\n').replace(/<!--[\s\S]*?-->/g, '');
  return { text, questions: [...new Set(questions)] };
}

/** Line number (1-based, within `body`) of a questions block that is never closed, if any. */
export function findUnclosedQuestionBlock(body: string): number | undefined {
  let openedAt: number | undefined;
  body.split('\n').forEach((line, i) => {
    if (openedAt === undefined) {
      const open = OPEN.exec(line);
      if (open && !open[1]!.includes(CLOSE)) openedAt = i + 1;
    } else if (line.includes(CLOSE)) {
      openedAt = undefined;
    }
  });
  return openedAt;
}
