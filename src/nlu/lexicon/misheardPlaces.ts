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
