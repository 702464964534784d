import { Directive, Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { PUBLIC_FOR_AN_HOUR } from '../../../shared/src/cache-hints';
import { ProvincialUnitKind } from '../services/vietnam-provinces-2025';
import { StoredDate } from './stored-date';

registerEnumType(ProvincialUnitKind, {
  name: 'ProvincialUnitKind',
  description: 'A centrally-run city (thành phố trực thuộc trung ương) or a province (tỉnh).',
});

/**
 * One of Vietnam's 34 provincial-level units since 1 July 2025: reference data, the same for every
 * deployment and every caller (services/vietnam-provinces-2025.ts). Whether it has a deployment is
 * the member-city registry's answer, not a column here.
 */
@Directive(PUBLIC_FOR_AN_HOUR)
@ObjectType('ProvincialUnit')
@Entity('provincial_unit')
export class ProvincialUnit {
  @Field({ description: 'Stable code, the one its city deployment runs under: HN, HP, HCM, …' })
  @PrimaryColumn({ type: 'varchar', length: 8 })
  code!: string;

  @Field({ description: 'Vietnamese name with diacritics, e.g. "Hải Phòng".' })
  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @Field()
  @Column({ name: 'english_name', type: 'varchar', length: 120 })
  englishName!: string;

  @Field(() => ProvincialUnitKind)
  @Column({ type: 'varchar', length: 40 })
  kind!: ProvincialUnitKind;

  @StoredDate('The first day of this unit as it is now: 2025-07-01 for all 34.')
  @Column({ name: 'effective_from', type: 'date' })
  effectiveFrom!: string;

  /** Its code and names and those of the provinces it absorbed, folded: "hai duong" finds Hải Phòng. */
  @Column({ name: 'search_text', type: 'varchar', length: 400 })
  searchText!: string;

  @Column({ name: 'sort_key', type: 'varchar', length: 255 })
  sortKey!: string;
}

/** One of the 63 provinces before 1 July 2025, and the unit it is part of since. */
@Directive(PUBLIC_FOR_AN_HOUR)
@ObjectType('PredecessorProvince')
@Entity('predecessor_province')
export class PredecessorProvince {
  @Field({ description: 'Stable code: its successor’s when it continues under the same name (HP).' })
  @PrimaryColumn({ type: 'varchar', length: 8 })
  code!: string;

  @Field({ description: 'Its Vietnamese name on 30 June 2025, e.g. "Hải Dương".' })
  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @StoredDate(
    'Its last day as a province of its own (2025-06-30) when absorbed into another unit; null when it continues under the same name.',
  )
  @Column({ name: 'ended_on', type: 'date', nullable: true })
  endedOn!: string | null;

  @Column({ name: 'successor_code', type: 'varchar', length: 8 })
  successorCode!: string;

  /** Its place among its successor's predecessors: the one continued first. */
  @Column({ type: 'int' })
  position!: number;
}
