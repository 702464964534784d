import { Directive, Field, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { AS_CACHEABLE_AS_PARENT } from '../../../shared/src/cache-hints';

/** The id a period is stored under: its unit and its first day, so that loading the same history twice is a no-op. */
export function parentPeriodId(unitId: string, validFrom: string | null): string {
  return `${unitId}:${validFrom ?? 'earliest'}`;
}

/**
 * Who managed a grassroots union directly, from one day to another. A unit's periods follow each other
 * without gaps or overlaps; the last one is open (no end) while the unit exists, and its parent is the
 * unit's `managed_by_id`. Reorganisations (e.g. district federations ending on 30 June 2025) add periods
 * instead of overwriting the parent, so "who managed it in 2023-2024" keeps its answer.
 */
@Directive(AS_CACHEABLE_AS_PARENT)
@ObjectType({ description: 'The body that managed a grassroots union directly during a period.' })
@Entity('unit_parent_period')
export class UnitParentPeriod {
  @PrimaryColumn({ type: 'varchar', length: 80 })
  id!: string;

  @Column({ name: 'grassroots_union_id', type: 'varchar', length: 64 })
  grassrootsUnionId!: string;

  @Column({ name: 'parent_organisation_id', type: 'varchar', length: 64 })
  parentOrganisationId!: string;

  @Field(() => LocalDateResolver, {
    name: 'from',
    nullable: true,
    description: 'First day; null when it managed the unit since before the records begin.',
  })
  @Column({ name: 'valid_from', type: 'date', nullable: true })
  validFrom!: string | null;

  @Field(() => LocalDateResolver, {
    name: 'to',
    nullable: true,
    description: 'Last day; null while it lasts.',
  })
  @Column({ name: 'valid_to', type: 'date', nullable: true })
  validTo!: string | null;

  @Field(() => String, { nullable: true, description: 'Why the unit changed hands, e.g. the decision.' })
  @Column({ type: 'text', nullable: true })
  note!: string | null;

  /** The city of the unit, set when read (the parent Organisation's key needs it). */
  cityCode!: string;
}
