import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One fold of a predecessor city's records into this city's database (`npm run merge-city`): which
 * city, from when, and the totals it was verified with. Kept for good, as the record of where the
 * merged rows came from; not a GraphQL type.
 */
@Entity('city_merge')
export class CityMerge {
  /** `<from>-<into>`, e.g. "HD-HP": one fold per predecessor, so that a re-run finds its own. */
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id!: string;

  @Column({ name: 'from_city_code', type: 'varchar', length: 8 })
  fromCityCode!: string;

  @Column({ name: 'into_city_code', type: 'varchar', length: 8 })
  intoCityCode!: string;

  /** The first day the predecessor's units belong to this city, e.g. 2025-07-01. */
  @Column({ name: 'effective_date', type: 'date' })
  effectiveDate!: string;

  @Column({ name: 'started_at', type: 'datetime' })
  startedAt!: Date;

  /** Null until every row is copied and the totals verified; a re-run continues while it is null. */
  @Column({ name: 'finished_at', type: 'datetime', nullable: true })
  finishedAt!: Date | null;

  /** The verified totals (rows per table and key figures, before and after), as JSON text. */
  @Column({ type: 'simple-json', nullable: true })
  totals!: object | null;
}

/**
 * Provenance of one row copied by a fold: the table and the row's key (columns joined by "|" when
 * the key has several), the city it came from and the fold that copied it. Rows of the city's own
 * have none.
 */
@Entity('merged_record')
@Index('idx_merged_record_merge', ['mergeId', 'tableName'])
export class MergedRecord {
  @PrimaryColumn({ name: 'table_name', type: 'varchar', length: 64 })
  tableName!: string;

  @PrimaryColumn({ name: 'record_id', type: 'varchar', length: 160 })
  recordId!: string;

  @Column({ name: 'origin_city_code', type: 'varchar', length: 8 })
  originCityCode!: string;

  @Column({ name: 'merge_id', type: 'varchar', length: 64 })
  mergeId!: string;
}
