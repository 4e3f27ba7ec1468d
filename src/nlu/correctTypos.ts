/**
 * Repairs misspelt English keywords ("bokk", "cancle", "tommorow",
 * "avaliable") so the intent and date patterns see the word the parent meant.
 * Only words of four or more letters are touched, the first letter must
 * agree, and real English words that sit one edit from a keyword ("look",
 * "boot", "stuff") are protected.
 */
const KEYWORDS = [
  'book',
  'booking',
  'bookings',
  'cancel',
  'cancelled',
  'reserve',
  'reservation',
  'reservations',
  'available',
  'availability',
  'waitlist',
  'saturday',
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'tomorrow',
  'today',
  'weekend',
  'morning',
  'afternoon',
  'slots',
  'spots',
  'thanks',
  'thank',
  'complaint',
  'complain',
  'register',
  'children',
  'please',
  'english',
  'chinese',
  'schedule',
  'december',
  'november',
  'january',
  'february',
  'human',
  'staff',
  'person',
  'appointment',
  'daughter',
  'months',
  'years',
  'class',
  'trial',
  'temporary',
  'openings',
];

const PROTECTED = new Set([
  'look',
  'looks',
  'looked',
  'looking',
  'took',
  'cook',
  'boot',
  'boots',
  'boom',
  'bool',
  'boon',
  'boost',
  'books',
  'stuff',
  'think',
  'thinks',
  'thing',
  'things',
  'thanx',
  'slot',
  'spot',
  'toddy',
  'todays',
  'class',
  'glass',
  'sunny',
  'sundae',
  'monkey',
  'person',
  'persons',
  'prison',
  'please',
  'pleased',
  'ease',
  'mornings',
  'weekends',
  'ages',
  'year',
  'month',
  'human',
  'humans',
  'hums',
  'trail',
  'trials',
  'staffs',
  'tomb',
  'tone',
  'days',
  'children',
  'child',
  'chile',
  'chinese',
  'canal',
  'camel',
  'candle',
  'cancer',
  'sports',
  'spit',
  // ("she spits up after every feed" is reflux, not "spots".)
  'spits',
  'slit',
  'slow',
  'saturn',
  'sandy',
  'sundays',
  'saturdays',
  'mondays',
  'then',
  'than',
  'that',
  'thank',
  'tank',
  'reverse',
  'resolve',
  'research',
  'resume',
  'register',
  'registry',
  'regular',
  'waiting',
  'waitress',
  'weekday',
  'weekdays',
  'opening',
  'closing',
  'personal',
  'personally',
  'persona',
  'booklet',
  'bookshelf',
  'schedules',
  'receive',
  'deserve',
  'stiff',
  'still',
  'stall',
  'mouth',
  'mouths',
  'shots',
  'shot',
  'slows',
  'sloth',
  'hours',
  // "what are my chances on the waitlist": the odds asked, not "cancel" (round 46).
  'chance',
  'chances',
]);

function distance(a: string, b: string): number {
  // Damerau–Levenshtein (optimal string alignment), small strings only.
  const d: number[][] = [];
  for (let i = 0; i <= a.length; i++) d.push([i]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

const cache = new Map<string, string>();

function correctWord(word: string): string {
  if (word.length < 4 || word.length > 14 || PROTECTED.has(word) || KEYWORDS.includes(word)) return word;
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  let best = word;
  let bestD = Infinity;
  const limit = word.length >= 7 ? 2 : 1;
  for (const k of KEYWORDS) {
    if (k[0] !== word[0] || Math.abs(k.length - word.length) > limit) continue;
    const dist = distance(word, k);
    if (dist <= limit && dist < bestD) {
      best = k;
      bestD = dist;
    }
  }
  if (cache.size < 5000) cache.set(word, best);
  return best;
}

/** `text` must already be normalized (lowercase). */
export function correctTypos(text: string): string {
  return text.replace(/[a-z]+/g, (w) => correctWord(w));
}
