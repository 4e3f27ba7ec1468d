import type { District } from './xiamenPlaces.ts';

/** A point inside a nursery or kindergarten, or a shared community room. */
export const POINT_TYPES = ['community_shared', 'institution_embedded'] as const;
export type PointType = (typeof POINT_TYPES)[number];

/**
 * What a care point is, as parents are shown it and operators load it: the point directory reads these from the
 * database and the points file validates them, so the two cannot name a field differently.
 */
export interface PointDetails {
  code: string;
  nameZh: string;
  nameEn: string;
  district: District;
  neighbourhoodZh: string;
  neighbourhoodEn: string;
  addressZh: string;
  addressEn: string;
  latitude: number;
  longitude: number;
  phone: string;
  pointType: PointType;
  minAgeMonths: number;
  maxAgeMonths: number;
}
