import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, VersionColumn } from 'typeorm';
import { SearchableUnit } from './historic-unit';
import { SchoolLevel } from './enums';

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
export class GrassrootsUnion extends SearchableUnit {
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

  @Field(() => Int, { description: 'Send it back with an update; a stale version is a CONFLICT.' })
  @VersionColumn({ default: 1 })
  version!: number;

  @Field(() => String, { nullable: true, description: 'Why the unit was closed, merged or moved.' })
  @Column({ name: 'status_note', type: 'text', nullable: true })
  statusNote!: string | null;
}
