import type { Reply } from './Reply.ts';

/**
 * Cites the documents that state what a reply said from the rules alone ("chat history 你们存多久" → the privacy
 * document, "超过3岁的孩子暂时不能预约" → who the service is for), as every knowledge answer cites its own: the
 * section found by searching for the statement's own words, in the parent's language. A document already cited
 * is not cited again; nothing is cited when no such section is found (or the search fails).
 */
export async function citeDocuments(r: Reply, statements: { sentence: string; doc: string }[], k: number): Promise<void> {
  const cited: string[] = [];
  for (const { sentence, doc } of statements) {
    if (r.citations.some((c) => c.docId === doc)) continue;
    const hits = await r.ctx.knowledge.search(sentence, { lang: r.lang, k }).catch(() => []);
    const hit = hits.find((h) => h.docId === doc);
    if (!hit) continue;
    r.citations.push({ title: hit.title, source: hit.source, docId: hit.docId, heading: hit.headingPath });
    cited.push(hit.title);
  }
  if (cited.length) r.say(r.w.knowledge.source(cited));
}
