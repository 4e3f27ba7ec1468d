/** Plain text for every transport: Markdown emphasis, heading marks and list bullets made readable. */
export function plainText(text: string): string {
  return text
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/__(.+?)__/g, '$1')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/^\s*[-*]\s+/gm, '• ')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Trims a passage to a readable length at a sentence or line boundary. */
export function excerpt(text: string, max: number): string {
  const clean = plainText(text);
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  const boundary = Math.max(
    cut.lastIndexOf('。'),
    cut.lastIndexOf('\n'),
    cut.lastIndexOf('. '),
    cut.lastIndexOf('；'),
    cut.lastIndexOf('！'),
    cut.lastIndexOf('？'),
  );
  return `${(boundary > max * 0.5 ? cut.slice(0, boundary + 1) : cut).trim()} …`;
}
