import type { AcledRow } from "./acled.js";

/**
 * The located rows as a GeoJSON FeatureCollection of points, for map tools.
 * Rows without coordinates are left out: a point at 0,0 would be a lie.
 *
 * @example
 * toGeoJson([{ ...row, latitude: 46.6, longitude: 32.6 }]).features[0].geometry.coordinates // → [32.6, 46.6]
 */
export function toGeoJson(rows: AcledRow[]): { type: "FeatureCollection"; features: unknown[] } {
  return {
    type: "FeatureCollection",
    features: rows
      .filter((r) => r.latitude !== null && r.longitude !== null)
      .map((r) => ({
        type: "Feature",
        geometry: { type: "Point", coordinates: [r.longitude, r.latitude] },
        properties: { ...r, latitude: undefined, longitude: undefined },
      })),
  };
}
