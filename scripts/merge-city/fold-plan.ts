import { EntityMetadata } from 'typeorm';
import type { FoldOptions } from './fold';
import { FoldCities, FoldRefused } from './fold-codes';
import { classify, FOLDED_ENTITIES, readPage, recordIdOf } from './fold-rows';
import { emptySplit, KEY_FIGURES, Split, sumOf } from './fold-totals';

/** What a fold will do to one table, read before anything is written. */
export interface TablePlan {
  metadata: EntityMetadata;
  rows: Split;
  toCopy: number;
  collisions: string[];
  /** Sums over the table's key figure, when it has one. */
  figure?: Split;
}

/** Reads the predecessor once, classifying every row: nothing is written. */
export async function planFold(
  options: Pick<FoldOptions, 'predecessor' | 'successor'>,
  cities: FoldCities,
  batchSize: number,
): Promise<TablePlan[]> {
  const plans: TablePlan[] = [];
  for (const entity of FOLDED_ENTITIES) {
    const metadata = options.successor.getMetadata(entity);
    const figure = KEY_FIGURES.find((key) => key.table === metadata.tableName);
    const plan: TablePlan = { metadata, rows: emptySplit(), toCopy: 0, collisions: [] };
    if (figure) plan.figure = emptySplit();
    for (let offset = 0; ; offset += batchSize) {
      const page = await readPage(options.predecessor.manager, metadata, offset, batchSize);
      if (page.length === 0) break;
      const sorted = await classify(options.successor.manager, metadata, cities.mergeId, page);
      plan.rows.predecessor += page.length;
      plan.rows.copied += sorted.copied.length;
      plan.rows.shared += sorted.shared.length;
      plan.toCopy += sorted.toCopy.length;
      plan.collisions.push(...sorted.collisions.map((row) => recordIdOf(metadata, row)));
      if (figure && plan.figure) {
        plan.figure.predecessor += sumOf(page, metadata, figure.property);
        plan.figure.copied += sumOf(sorted.copied, metadata, figure.property);
        plan.figure.shared += sumOf(sorted.shared, metadata, figure.property);
      }
    }
    plans.push(plan);
  }
  return plans;
}

export function refuseCollisions(
  plans: TablePlan[],
  cities: FoldCities,
  outcome = 'nothing was written',
): void {
  const clashes = plans.filter((plan) => plan.collisions.length > 0);
  if (clashes.length === 0) return;
  const lines = clashes.map(
    (plan) =>
      `  ${plan.metadata.tableName}: ${plan.collisions.slice(0, 5).join(', ')}` +
      (plan.collisions.length > 5 ? ` and ${plan.collisions.length - 5} more` : ''),
  );
  throw new FoldRefused(
    `${cities.into} already has different rows under the ids of ${cities.from}'s rows; ${outcome}:\n${lines.join('\n')}`,
  );
}
