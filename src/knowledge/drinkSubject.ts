/**
 * The drink a question or a section heading is about: water, milk or juice. Sections about different drinks share
 * almost every other word ("How much milk should a 1–3-year-old drink a day?" and "how much water should a 1 year old
 * drink per day"), so retrieval's lexical lists cannot tell them apart by anything but the one noun, which is common in
 * the documents and weighs little. A heading about another drink than the one the parent names is a neighbour, not the
 * answer (round 27: a water question was answered with the milk amounts).
 */
export type Drink = 'water' | 'milk' | 'juice';

const DRINKS: ReadonlyArray<readonly [Drink, RegExp]> = [
  // (Not the 水 of 口水, 水痘, 水果 or 游泳; sugar water, honey water and rice water are drinks of their own, not plain water.)
  ['water', /\bwater\b(?<!(?:sugar|honey|rice|congee|glucose) water)|白开水|(?<![糖蜜米汤口])(?:喝|喂|饮)(?:多少|点|些)?水(?![痘果])/iu],
  // (Not 奶奶 (grandma), 奶瓶 (the bottle) or 奶嘴 (a teat or dummy).)
  ['milk', /\bmilk\b|\bformula\b|(?<!奶)奶(?![奶瓶嘴])/iu],
  ['juice', /\bjuices?\b|果汁/iu],
];

/** The drinks a text names; empty when it names none. */
export function drinksNamed(text: string): Set<Drink> {
  return new Set(DRINKS.filter(([, re]) => re.test(text)).map(([d]) => d));
}

/**
 * True when the heading is about a drink the query does not name while the query names another one: "How much milk…"
 * for "how much water…". A heading naming no drink, or the query's drink among others, is not another drink's.
 */
export function aboutAnotherDrink(heading: string, query: string): boolean {
  const asked = drinksNamed(query);
  if (asked.size === 0) return false;
  const named = drinksNamed(heading);
  return named.size > 0 && ![...named].some((d) => asked.has(d));
}
