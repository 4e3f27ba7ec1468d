/**
 * Words parents use for a child instead of a name — a child in general, a sibling, a place in the birth order. Before
 * this file every reader kept its own copy (intent classification, removing a child, naming the only child, telling
 * siblings apart, reading a nickname out of a knowledge question) and the copies had drifted: a word added to one was
 * missing from the next. Each reader still builds the pattern it needs (anchored, case-insensitive, in a bigger rule)
 * from these lists.
 */

const escapeWord = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The words as one alternation, for a reader's own pattern: longest first, so 外孙女 is not read as 外孙 and a stray 女. */
export const alternation = (words: readonly string[]): string =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(escapeWord)
    .join('|');

/** A child in general (Simplified: language understanding reads Traditional after conversion). */
export const CHILD_NOUNS_ZH = ['宝宝', '孩子', '娃', '小孩', '儿子', '女儿', '宝贝', '小朋友', '幼儿', '婴儿', '新生儿'] as const;
/** A child in general, in English as parents type it ("bb", "little one"). */
export const CHILD_NOUNS_EN = [
  'bb',
  'baby',
  'babies',
  'toddler',
  'toddlers',
  'kid',
  'kids',
  'child',
  'children',
  'son',
  'daughter',
  'infant',
  'newborn',
  'little one',
] as const;

/** Any word for a child, in lowercased Simplified text ("宝宝", "toddler"). */
export const CHILD_WORD = new RegExp(`${alternation(CHILD_NOUNS_ZH)}|(?<![a-z])(?:${alternation(CHILD_NOUNS_EN)})(?![a-z])`);

/**
 * Who the child is to the one writing ("儿子", "闺女", "孙女", "外孙"): parents and the grandparents who book and ask for
 * them. Before a name they frame it and are never part of it ("孙子豆豆", "大女儿叫糖糖"); said alone they are the child.
 */
export const KIN_NOUNS_ZH = ['儿子', '女儿', '闺女', '姑娘', '儿砸', '孙子', '孙女', '孙儿', '外孙', '外孙女'] as const;
/** A relative's child, booked by an aunt or uncle ("帮侄女约"): never a name either. */
export const RELATIVES_CHILD_ZH = ['侄子', '侄女', '外甥', '外甥女'] as const;

/** What a family calls its only child in place of a name, in either script ("宝宝", "寶寶", "女兒", "囡囡"). */
export const CHILD_CALLED_ZH = ['宝宝', '寶寶', '宝贝', '寶貝', '女儿', '女兒', '儿子', '兒子', '闺女', '囡囡', '孩子', '小孩', '小朋友'] as const;
export const CHILD_CALLED_EN = ['baby', 'the baby', 'the little one', 'my daughter', 'my son', 'my little one'] as const;

/**
 * A sibling word and the place it gives among the children: 1 the eldest, -1 the youngest. Families call a child by
 * them ("哥哥照常去，妹妹的取消") and a family of one calls its only child 妹妹 too.
 */
export const SIBLING_TERMS: ReadonlyArray<readonly [word: string, order: number]> = [
  ['哥哥', 1],
  ['姐姐', 1],
  ['姊姊', 1],
  ['弟弟', -1],
  ['妹妹', -1],
];

/** Birth-order names (大宝 the first, 二宝 the second, 小宝 / 老幺 the youngest), Simplified. */
export const BIRTH_ORDER_TERMS: ReadonlyArray<readonly [word: string, order: number]> = [
  ['大宝', 1],
  ['二宝', 2],
  ['三宝', 3],
  ['小宝', -1],
  ['老大', 1],
  ['老二', 2],
  ['老三', 3],
  ['老幺', -1],
];

/** The Traditional forms of the birth-order names that differ (大寶), for readers of the parent's own script. */
export const BIRTH_ORDER_TRADITIONAL: ReadonlyArray<readonly [word: string, order: number]> = [
  ['大寶', 1],
  ['二寶', 2],
  ['三寶', 3],
  ['小寶', -1],
];

export const words = (terms: ReadonlyArray<readonly [string, number]>): string[] => terms.map(([w]) => w);
