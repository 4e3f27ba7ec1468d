/**
 * A care point named in a (prepared) message by its short name: "江头那个点",
 * "五缘湾的", "the Wuyuan Bay point". The names come from the points table
 * (passed in by the core), longest first so "海沧湾" is not read as the
 * district 海沧; a short name that is only part of a longer place word does
 * not count ("新阳" inside "新阳街道" is the neighbourhood, which is the point's too).
 */
export function findPointName(text: string, points: Array<{ code: string; names: string[] }> | undefined): string | undefined {
  if (!points?.length) return undefined;
  const candidates = points
    .flatMap((p) => p.names.filter((n) => n.length >= 2).map((name) => ({ code: p.code, name: name.toLowerCase() })))
    .sort((a, b) => b.name.length - a.name.length);
  for (const c of candidates) {
    const latin = /^[a-z]/.test(c.name);
    const re = latin
      ? new RegExp(`(?<![a-z])${c.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![a-z])`)
      : new RegExp(`${c.name}(?!区|湾|街道|镇|大桥|机场|码头|隧道)`);
    const m = re.exec(text);
    // "I meant Jiangtou, not Wuyuan Bay", "是江头 不是五缘湾": a point named only to be denied is not the one meant.
    if (m && !DENIED_BEFORE.test(text.slice(Math.max(0, m.index - 14), m.index))) return c.code;
  }
  return undefined;
}

/** Words right before a name that deny it. */
const DENIED_BEFORE = /(?:不是|而不是|并非|不要|别去|(?<![a-z])(?:not|instead of|rather than))(?:在|去|the)?\s*$/;

/** The short names parents use for a point: its name without "社区爱邻护幼服务点" / "Community Care Point". */
export function pointShortNames(p: { nameZh: string; nameEn: string }): string[] {
  const zh = p.nameZh.replace(/(?:社区)?(?:爱邻护幼)?(?:服务点|托育点)$/, '');
  const en = p.nameEn.replace(/\s*(?:community)?\s*care point$/i, '');
  return [zh, en].filter((n) => n && n !== p.nameZh && n !== p.nameEn);
}
