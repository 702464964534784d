import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { PUBLIC_FOR_AN_HOUR } from '../../../shared/src/cache-hints';
import { StoredDate } from './stored-date';

export enum NationalOrganisationKind {
  /** Tổng Liên đoàn Lao động Việt Nam. */
  NATIONAL_CONFEDERATION = 'NATIONAL_CONFEDERATION',
  /** A national sector union (công đoàn ngành trung ương), e.g. Công đoàn Giáo dục Việt Nam. */
  NATIONAL_SECTOR_UNION = 'NATIONAL_SECTOR_UNION',
}
registerEnumType(NationalOrganisationKind, {
  name: 'NationalOrganisationKind',
  description: 'What a body above the cities is.',
});

/**
 * A body above the cities that launches campaigns and issues awards. Reference data of the hub:
 * its migration inserts the bodies the seed articles name, under codes every subgraph uses
 * (services/shared/src/national-bodies.ts); a city's own bodies (its LĐLĐ) stay in its deployment.
 */
@Directive('@key(fields: "code")')
@Directive(PUBLIC_FOR_AN_HOUR)
@ObjectType({ description: 'A national union body: Tổng LĐLĐ Việt Nam, Công đoàn Giáo dục Việt Nam.' })
@Entity('national_organisation')
export class NationalOrganisation {
  @Field({ description: 'Stable code, e.g. "TLD-VN", "CDGD-VN".' })
  @PrimaryColumn({ type: 'varchar', length: 16 })
  code!: string;

  @Field({ description: 'Official Vietnamese name, with diacritics.' })
  @Column({ type: 'varchar', length: 255 })
  name!: string;

  @Field(() => String, { nullable: true })
  @Column({ name: 'short_name', type: 'varchar', length: 120, nullable: true })
  shortName!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'english_name', type: 'varchar', length: 255, nullable: true })
  englishName!: string | null;

  @Field(() => NationalOrganisationKind)
  @Column({ type: 'varchar', length: 40 })
  kind!: NationalOrganisationKind;

  @Column({ name: 'parent_code', type: 'varchar', length: 16, nullable: true })
  parentCode!: string | null;

  @Column({ name: 'sort_key', type: 'varchar', length: 255 })
  sortKey!: string;
}

/** One term of one person in a leading position of a national body; only people the articles name. */
@Directive(PUBLIC_FOR_AN_HOUR)
@ObjectType({ description: 'One term of one person in a leading position of a national union body.' })
@Entity('national_leader')
export class NationalLeader {
  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id!: string;

  @Column({ name: 'organisation_code', type: 'varchar', length: 16 })
  organisationCode!: string;

  @Field()
  @Column({ name: 'full_name', type: 'varchar', length: 120 })
  fullName!: string;

  @Field({ description: 'The position as written in Vietnamese, e.g. "Phó Chủ tịch".' })
  @Column({ type: 'varchar', length: 120 })
  position!: string;

  @StoredDate('First day of the term; null when the sources give none.')
  @Column({ name: 'from_date', type: 'date', nullable: true })
  fromDate!: string | null;

  @StoredDate('Last day of the term; null while it runs or when the sources give none.')
  @Column({ name: 'to_date', type: 'date', nullable: true })
  toDate!: string | null;

  @Field(() => String, { nullable: true, description: 'Where the record comes from, or what is uncertain.' })
  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Field({ description: 'True for invented fill-in records of the demo data set.' })
  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo!: boolean;

  @Column({ name: 'search_text', type: 'varchar', length: 600 })
  searchText!: string;

  @Column({ name: 'sort_key', type: 'varchar', length: 255 })
  sortKey!: string;
}
