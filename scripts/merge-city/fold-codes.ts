import {
  PredecessorFacts,
  PROVINCIAL_UNITS_2025,
} from '../../services/cooperation/src/services/vietnam-provinces-2025';

/** A refusal the operator can act on: the message names the problem, and nothing was written. */
export class FoldRefused extends Error {}

export interface FoldCities {
  from: string;
  into: string;
  fromName: string;
  intoName: string;
  /** The fold's id in city_merge, e.g. "HD-HP". */
  mergeId: string;
  /** The first day the predecessor's records belong to the successor. */
  effectiveDate: string;
}

/**
 * Checks `--from` and `--into` against the 34-unit map of 2025 (the hub's registry facts): `into`
 * must be one of the 34 units and `from` a province that ended by merging into it.
 */
export function foldCities(from: string, into: string): FoldCities {
  if (from === into)
    throw new FoldRefused(`--from and --into are both ${from}: a city cannot be folded into itself`);
  const successor = PROVINCIAL_UNITS_2025.find((unit) => unit.code === into);
  if (!successor) {
    throw new FoldRefused(`Unknown city code ${into}: --into must be one of the 34 provincial-level units`);
  }
  const predecessor = successor.predecessors.find((facts) => facts.code === from && facts.endedOn);
  if (!predecessor) throw new FoldRefused(notAPredecessor(from, successor.code, successor.predecessors));
  return {
    from,
    into,
    fromName: predecessor.name,
    intoName: successor.name,
    mergeId: `${from}-${into}`,
    effectiveDate: successor.effectiveFrom,
  };
}

/** Why `from` cannot be folded into `into`: another successor's, a unit that did not end, or unknown. */
function notAPredecessor(from: string, into: string, predecessors: readonly PredecessorFacts[]): string {
  const all = PROVINCIAL_UNITS_2025.flatMap((unit) => unit.predecessors);
  const ended = all.find((facts) => facts.code === from && facts.endedOn);
  const those = predecessors.filter((facts) => facts.endedOn).map((facts) => facts.code);
  const which = `those that merged into ${into}: ${those.join(', ') || 'none'}`;
  if (ended) return `${from} (${ended.name}) merged into ${ended.successorCode}, not into ${into}`;
  if (all.some((facts) => facts.code === from)) {
    return `${from} did not end in 2025: only a province that merged into ${into} can be folded (${which})`;
  }
  return `Unknown city code ${from}: --from must be a province that merged into ${into} in 2025 (${which})`;
}
