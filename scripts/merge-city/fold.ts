import { DataSource } from 'typeorm';
import { CityMerge, MergedRecord } from '../../services/city/src/entities/city-merge.entity';
import { DeploymentInfo } from '../../services/city/src/entities/deployment-info.entity';
import { FoldCities, foldCities, FoldRefused } from './fold-codes';
import { planFold, refuseCollisions, TablePlan } from './fold-plan';
import { classify, readPage, recordIdOf } from './fold-rows';
import { FoldTotals, formatTotals, KEY_FIGURES, measure, totalsLine } from './fold-totals';

export interface FoldOptions {
  from: string;
  into: string;
  /** The predecessor's database; only read (opening it may have migrated its schema). */
  predecessor: DataSource;
  /** The successor's database, its writes counted by its data version (trackDataVersion). */
  successor: DataSource;
  /** Rows per transaction (default 500). */
  batchSize?: number;
  /** For tests of resuming: stop, as if killed, once this many batches have committed. */
  stopAfterBatches?: number;
  log?: (line: string) => void;
}

export interface FoldReport {
  mergeId: string;
  /** Rows this run copied. */
  copied: number;
  /** The fold had finished before this run, which therefore did nothing. */
  alreadyFolded: boolean;
  /** Stopped by `stopAfterBatches` before the end; run again to continue. */
  interrupted: boolean;
  /** The verification (absent when interrupted). */
  totals?: FoldTotals;
}

/**
 * Folds a predecessor city's records into its successor's database (docs/reorganisation.md,
 * "Merging a city's deployment"): every folded table in batches, each batch with its provenance in
 * one transaction; idempotent and resumable through that provenance; verified by totals.
 */
export async function foldCity(options: FoldOptions): Promise<FoldReport> {
  const log = options.log ?? console.log;
  const cities = foldCities(options.from, options.into);
  await checkDeployment(options.predecessor, cities.from, '--from');
  await checkDeployment(options.successor, cities.into, '--into');
  const merges = options.successor.getRepository(CityMerge);
  const existing = await merges.findOneBy({ id: cities.mergeId });
  if (existing?.finishedAt) {
    log(
      `${cities.from} was folded into ${cities.into} on ${existing.finishedAt.toISOString()}: nothing to copy.`,
    );
    const totals = existing.totals as FoldTotals;
    formatTotals(totals, cities.from, cities.into).forEach((line) => log(line));
    return { mergeId: cities.mergeId, copied: 0, alreadyFolded: true, interrupted: false, totals };
  }

  const batchSize = options.batchSize ?? 500;
  const plans = await planFold(options, cities, batchSize);
  refuseCollisions(plans, cities);
  const before = await measure(
    options.successor,
    plans.map((plan) => plan.metadata),
  );
  const pending = plans.reduce((sum, plan) => sum + plan.toCopy, 0);
  if (!existing) {
    await merges.insert({
      id: cities.mergeId,
      fromCityCode: cities.from,
      intoCityCode: cities.into,
      effectiveDate: cities.effectiveDate,
      startedAt: new Date(),
      finishedAt: null,
      totals: null,
    });
  }
  log(
    `Folding ${cities.fromName} (${cities.from}) into ${cities.intoName} (${cities.into}): ` +
      `${pending} rows to copy${existing ? ', continuing an earlier run' : ''}`,
  );
  const { copied, interrupted } = await copyRows(options, cities, plans, batchSize, log);
  if (interrupted) {
    log(`Stopped after ${options.stopAfterBatches} batches, as asked: run again to continue.`);
    return { mergeId: cities.mergeId, copied, alreadyFolded: false, interrupted: true };
  }
  const totals = await verify(options.successor, plans, before);
  formatTotals(totals, cities.from, cities.into).forEach((line) => log(line));
  if (totals.verified) {
    await merges.update({ id: cities.mergeId }, { finishedAt: new Date(), totals });
    log(`Verified: ${copied} rows copied${copied === 0 ? ' (nothing left to copy)' : ''}.`);
  } else {
    log('The totals do not add up: the fold is left unfinished; check the lines marked MISMATCH.');
  }
  return { mergeId: cities.mergeId, copied, alreadyFolded: false, interrupted: false, totals };
}

async function checkDeployment(db: DataSource, code: string, option: string): Promise<void> {
  const claimed = await db.getRepository(DeploymentInfo).findOneBy({ key: 'city_code' });
  if (claimed?.value !== code) {
    throw new FoldRefused(
      `The ${option} database belongs to ${claimed ? `city ${claimed.value}` : 'no city yet'}, not to ${code}: nothing was written`,
    );
  }
}

async function copyRows(
  options: FoldOptions,
  cities: FoldCities,
  plans: TablePlan[],
  batchSize: number,
  log: (line: string) => void,
): Promise<{ copied: number; interrupted: boolean }> {
  let copied = 0;
  let batches = 0;
  for (const { metadata, rows } of plans) {
    for (let offset = 0; offset < rows.predecessor; offset += batchSize) {
      const page = await readPage(options.predecessor.manager, metadata, offset, batchSize);
      const written = await options.successor.transaction(async (manager) => {
        const sorted = await classify(manager, metadata, cities.mergeId, page);
        const collisions = sorted.collisions.map((row) => recordIdOf(metadata, row));
        // Written by the successor's service since the plan: the batches before stay copied.
        refuseCollisions([{ metadata, rows, toCopy: 0, collisions }], cities, 'the fold stopped there');
        if (sorted.toCopy.length === 0) return 0;
        await manager.insert(metadata.target, sorted.toCopy);
        await manager.insert(
          MergedRecord,
          sorted.toCopy.map((row) => ({
            tableName: metadata.tableName,
            recordId: recordIdOf(metadata, row),
            originCityCode: cities.from,
            mergeId: cities.mergeId,
          })),
        );
        return sorted.toCopy.length;
      });
      copied += written;
      if (written > 0) batches += 1;
      log(`  ${metadata.tableName} ${Math.min(offset + page.length, rows.predecessor)}/${rows.predecessor}`);
      if (options.stopAfterBatches !== undefined && batches >= options.stopAfterBatches) {
        return { copied, interrupted: true };
      }
    }
    if (rows.predecessor === 0) log(`  ${metadata.tableName} 0/0`);
  }
  return { copied, interrupted: false };
}

async function verify(
  successor: DataSource,
  plans: TablePlan[],
  before: Awaited<ReturnType<typeof measure>>,
): Promise<FoldTotals> {
  const after = await measure(
    successor,
    plans.map((plan) => plan.metadata),
  );
  const tables = plans.map(({ metadata, rows }) =>
    totalsLine(
      metadata.tableName,
      before.counts.get(metadata.tableName)!,
      rows,
      after.counts.get(metadata.tableName)!,
    ),
  );
  const figures = KEY_FIGURES.map((figure) => {
    const plan = plans.find((candidate) => candidate.metadata.tableName === figure.table)!;
    return totalsLine(
      figure.label,
      before.sums.get(figure.table)!,
      plan.figure!,
      after.sums.get(figure.table)!,
    );
  });
  return { tables, figures, verified: [...tables, ...figures].every((line) => line.ok) };
}
