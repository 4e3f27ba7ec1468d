import type { SightKind } from '../../i18n/zh/conversation.ts';
import type { District } from '../../domain/xiamenPlaces.ts';
import { parsePlace, type PlaceResult } from '../../nlu/parsePlace.ts';
import { namedBack, OUTSIDE_PLACES, type OutsidePlaceWords, outsidePlaceWords } from '../../nlu/lexicon/outsidePlaces.ts';

/**
 * A place outside the service that a parent names — the ferry, Gulangyu and the other sights, the airport, a station —
 * read so a reply can speak of it in the parent's language ("the ferry terminal", "轮渡码头"), not paste the matched
 * keyword into a sentence, and can name the district whose care points are nearest to it. Read on prepared text
 * (Simplified, lowercased).
 */
export interface OutsidePlace {
  kind: SightKind;
  /** The parent's word for a sight ("鼓浪屿", "Gulangyu"); for the ferry, the airport or a station, its kind says it. */
  word: string;
  /** Where the nearest points are: the neighbourhood and district of a landmark the place lexicon knows. */
  place: PlaceResult & { district?: District };
}

/** The ferry, the airport and the stations, looked for before any sight: the most particular place a message names. */
const ON_THE_WAY = OUTSIDE_PLACES.filter((p) => p.kind === 'ferry' || p.kind === 'airport' || p.kind === 'station').map((p) => ({
  place: p,
  words: new RegExp(outsidePlaceWords((q) => q === p)),
}));
/** Sights named back, each a pattern of its own so the one found brings its landmark. */
const SIGHTS = OUTSIDE_PLACES.filter((p) => p.kind === 'sight' && namedBack(p)).map((p) => ({
  place: p,
  words: new RegExp(outsidePlaceWords((q) => q === p)),
}));

export function outsidePlace(t: string): OutsidePlace | undefined {
  for (const k of ON_THE_WAY) {
    const m = k.words.exec(t);
    if (m) return { kind: k.place.kind as SightKind, word: m[0], place: k.place.landmark ? parsePlace(k.place.landmark) : {} };
  }
  return outsideSight(t);
}

/**
 * The sight a message names, whatever way there it names too: care asked for "on the island" with the ferry asked about
 * beside it ("鼓浪屿上有托育点吗 轮渡几点有") is care at Gulangyu, not at the ferry terminal.
 */
export function outsideSight(t: string): OutsidePlace | undefined {
  // The sight named first in the message.
  let found: { place: OutsidePlaceWords; m: RegExpExecArray } | undefined;
  for (const s of SIGHTS) {
    const m = s.words.exec(t);
    if (m && (!found || m.index < found.m.index)) found = { place: s.place, m };
  }
  if (!found) return undefined;
  const word = /^[a-z]/.test(found.m[0]) ? found.m[0].replace(/^[a-z]/, (c) => c.toUpperCase()) : found.m[0];
  return { kind: 'sight', word, place: found.place.generic ? {} : parsePlace(found.place.landmark ?? found.m[0]) };
}
