/** Bounds on one mapping render; a user's template must never stall or bloat a worker. */
export interface MappingLimits {
  /** Longest template accepted, in characters (LiquidJS `parseLimit`). */
  parseLimit: number;
  /** Render time budget per field, in milliseconds (LiquidJS `renderLimit`). */
  renderLimit: number;
  /** Memory budget per field, in LiquidJS allocation units, roughly characters (`memoryLimit`). */
  memoryLimit: number;
  /** Longest rendered value accepted per field, in characters. */
  maxFieldLength: number;
}

export const DEFAULT_MAPPING_LIMITS: MappingLimits = {
  // Same cap as mappingSchema in contracts: a saved template can always be parsed.
  parseLimit: 20_000,
  renderLimit: 200,
  memoryLimit: 1_000_000,
  maxFieldLength: 64 * 1024,
};
