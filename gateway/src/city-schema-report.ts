import type { SkewComparison } from '../../services/shared/src/schema-fingerprint';
import type { SchemaSkewStatus } from './city-metrics';

/** Readiness lists this many coordinates per city at most (the log line too); the count says the rest. */
const LISTED = 20;

/** One city's entry in the gateway's readiness report (`schemas`). */
export interface CitySchemaReport {
  status: SchemaSkewStatus;
  hash?: string;
  expected?: string;
  missing?: string[];
  excess?: string[];
  missingCount?: number;
  excessCount?: number;
}

/** Behind or diverged: some of what clients may ask that city fails (with CITY_SCHEMA_BEHIND). */
export const isLagging = (report: CitySchemaReport) =>
  report.status === 'behind' || report.status === 'diverged';

/**
 * The status alone for a city that is current or not known yet; for a skewed one, also the hash it
 * serves, the one expected and what differs.
 */
export function schemaReportOf(
  learnt: { comparison: SkewComparison; hash: string } | undefined,
  expected: string,
): CitySchemaReport {
  if (!learnt) return { status: 'unknown' };
  const { status, missing, excess } = learnt.comparison;
  if (status === 'current') return { status };
  return { status, hash: learnt.hash, expected, ...listed('missing', missing), ...listed('excess', excess) };
}

/** `missing: [the first 20]`, and `missingCount` when there are more. */
export function listed(
  name: 'missing' | 'excess',
  coordinates: readonly string[],
): Partial<CitySchemaReport> {
  if (coordinates.length === 0) return {};
  return {
    [name]: coordinates.slice(0, LISTED),
    ...(coordinates.length > LISTED ? { [`${name}Count`]: coordinates.length } : {}),
  };
}
