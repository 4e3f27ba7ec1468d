import type { District } from '../../domain/xiamenPlaces.ts';

/**
 * District names as voice typing (speech to text set to English) writes them: "they care in sham Ming", "who lee this
 * Sunday", "gee may". Read as the district by parsePlace, whole words only. Only spellings no English sentence uses
 * for something else; the plain romanisations (Siming, Huli, Tong'an…) are the district table's own names.
 */
export const MISHEARD_PLACES: ReadonlyArray<readonly [string, District]> = [
  ['sham ming', 'siming'],
  ['sam ming', 'siming'],
  ['see ming', 'siming'],
  ['si ming', 'siming'],
  ['shi ming', 'siming'],
  ['ssu ming', 'siming'],
  ['who lee', 'huli'],
  ['who li', 'huli'],
  ['hoo lee', 'huli'],
  ['hu lee', 'huli'],
  ['hoolie', 'huli'],
  ['gee may', 'jimei'],
  ['jee may', 'jimei'],
  ['ji may', 'jimei'],
  ['gee mei', 'jimei'],
  ['hi tsang', 'haicang'],
  ['hai tsang', 'haicang'],
  ['high tsang', 'haicang'],
  ['hi chang', 'haicang'],
  ['tong ann', 'tongan'],
  ['tong on', 'tongan'],
  ['shang an', 'xiangan'],
  ['shyang an', 'xiangan'],
  ['see ang an', 'xiangan'],
];

/**
 * District names as Chinese voice typing writes them when it picks the wrong characters for the same sounds: "周六上午
 * 胡里有位置吗", "海仓那边", "祥安有吗" (Simplified, as parsePlace reads). Only writings that are no common word of their
 * own ("狐狸", a fox, and "极美", very beautiful, are left out) — round 35.
 */
export const MISHEARD_PLACES_ZH: ReadonlyArray<readonly [string, District]> = [
  ['胡里', 'huli'],
  ['湖李', 'huli'],
  ['思名', 'siming'],
  ['斯明', 'siming'],
  ['吉美', 'jimei'],
  ['海仓', 'haicang'],
  ['海苍', 'haicang'],
  ['海舱', 'haicang'],
  ['铜安', 'tongan'],
  ['祥安', 'xiangan'],
  ['详安', 'xiangan'],
];
