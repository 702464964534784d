import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { LocalDateResolver } from 'graphql-scalars';
import { OrganisationKind, UnitStatus } from './enums';

@Directive('@key(fields: "cityCode id")')
@ObjectType({
  description:
    'A body a city union works with: the education union itself, labour federations, education offices.',
})
@Entity('organisation')
export class Organisation {
  @Field()
  cityCode!: string;

  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id!: string;

  @Field(() => OrganisationKind)
  @Column({ type: 'varchar', length: 40 })
  kind!: OrganisationKind;

  @Field({ description: 'Official Vietnamese name, with diacritics.' })
  @Column({ type: 'varchar', length: 255 })
  name!: string;

  @Field(() => String, { nullable: true })
  @Column({ name: 'short_name', type: 'varchar', length: 120, nullable: true })
  shortName!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'english_name', type: 'varchar', length: 255, nullable: true })
  englishName!: string | null;

  @Column({ name: 'district_id', type: 'varchar', length: 64, nullable: true })
  districtId!: string | null;

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
