/**
 * Pinyin that returnee and expat parents type into an English sentence ("wo de baobao", "nai zui in his mouth all day",
 * "ayi zhui zhe wei fan", "shai tai yang for vitamin D"), with the English words the English documents use. The
 * English documents match none of these, so a question full of them read as written finds nothing; read with these
 * words (readChineseInEnglish) it does. Whole words only, case-insensitive, tones and spaces optional; only pinyin with
 * one everyday meaning in a parent's message (no single syllables).
 *
 * Each entry: a pattern over the pinyin (whole words) and plain English words, read in list order (longer phrases first).
 */
export const PINYIN_WORDS: ReadonlyArray<readonly [string, string]> = [
  ['zhui ?zhe ?wei ?fan|zhui ?zhe ?chi|zhui ?wei', 'chasing with the spoon to feed'],
  ['wei ?fan', 'spoon-feeding'],
  ['an ?fu ?nai ?zui', 'pacifier'],
  ['nai ?zui', 'pacifier'],
  ['ya ?chi', 'teeth'],
  ['zhang ?ya', 'teething'],
  ['shai ?tai ?yang', 'sun'],
  ['(?:duo ?)?chuan ?duo ?(?:yi ?)?dian|duo ?chuan ?(?:yi ?)?dian|chuan ?duo', 'dress warmly in more layers'],
  ['mian ?bei|hou ?bei ?zi|bei ?zi', 'blanket quilt'],
  // "it's huinantian and the walls are wet": Xiamen's damp spring spell, as the English documents name it.
  ['hui ?nan ?tian', '回南天 damp humid weather'],
  ['bao ?bao|bao ?bei', 'baby'],
  ['fu ?shi', 'solid foods'],
  // Round 29: "guomin foods like egg", "6 ge yue", "baobao bianmi", "xinmen" typed by returnee parents.
  ['guo ?min', 'allergy allergic'],
  ['ge ?yue', 'months'],
  ['bian ?mi', 'constipation'],
  ['shi ?zhen', 'eczema'],
  ['xin ?men', 'soft spot fontanelle'],
  ['xue ?bu ?che', 'baby walker'],
  ['kou ?shui', 'drool'],
  ['nai ?fen', 'formula'],
  ['niao ?bu|niao ?ku', 'nappy'],
  ['fa ?shao', 'fever'],
  ['ke ?sou', 'cough'],
  ['shui ?jiao', 'sleep'],
  ['chi ?fan', 'eating'],
  ['tiao ?shi', 'picky eating'],
  ['ru ?ce', 'potty training'],
  ['lin ?tuo', 'temporary care'],
  ['ban ?ri ?tuo', 'half-day care'],
  ['yu ?yue', 'booking'],
  ['da ?shou ?xin', 'smack'],
  // Round 38 (mix38): "ayi says he is shanghuo and wants to give him liang cha", "grandma gives mi tang instead of milk",
  // "the yisheng at the clinic said virus" — the words the English documents use.
  ['shang ?huo', 'internal heat'],
  ['liang ?cha', 'herbal tea cooling tea'],
  ['mi ?tang', 'rice water'],
  ['yi ?sheng', 'doctor'],
];
