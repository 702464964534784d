import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { LocalDateResolver } from 'graphql-scalars';
import { SchoolLevel, UnitStatus } from './enums';

@ObjectType({ description: 'The school (or education office) a grassroots union belongs to.' })
export class School {
  @Field()
  name!: string;

  @Field(() => SchoolLevel)
  level!: SchoolLevel;
}

@Directive('@key(fields: "cityCode id")')
@ObjectType({ description: 'A công đoàn cơ sở: the union of one school or office.' })
@Entity('grassroots_union')
export class GrassrootsUnion {
  @Field()
  cityCode!: string;

  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id!: string;

  @Field()
  @Column({ type: 'varchar', length: 255 })
  name!: string;

  @Column({ name: 'school_name', type: 'varchar', length: 255 })
  schoolName!: string;

  @Column({ name: 'school_level', type: 'varchar', length: 24 })
  schoolLevel!: SchoolLevel;

  @Column({ name: 'district_id', type: 'varchar', length: 64, nullable: true })
  districtId!: string | null;

  @Column({ name: 'managed_by_id', type: 'varchar', length: 64 })
  managedById!: string;

  @Field(() => Int, { description: 'Đoàn viên on the roll.' })
  @Column({ name: 'member_count', type: 'int' })
  memberCount!: number;

  @Field(() => UnitStatus)
  @Column({ type: 'varchar', length: 16 })
  status!: UnitStatus;

  @Field(() => LocalDateResolver, { nullable: true })
  @Column({ name: 'valid_from', type: 'date', nullable: true })
  validFrom!: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  @Column({ name: 'valid_to', type: 'date', nullable: true })
  validTo!: string | null;

  @Field({ description: 'True for invented fill-in records of the demo data set.' })
  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo!: boolean;

  @Column({ name: 'search_text', type: 'varchar', length: 600 })
  searchText!: string;

  @Column({ name: 'sort_key', type: 'varchar', length: 255 })
  sortKey!: string;
}
