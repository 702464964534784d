import { Directive, Field, ObjectType } from 'type-graphql';
import { PUBLIC_FOR_AN_HOUR } from '../../../shared/src/cache-hints';
import { Column, Entity } from 'typeorm';
import { SearchableUnit } from './historic-unit';
import { OrganisationKind } from './enums';

@Directive('@key(fields: "cityCode id")')
@Directive(PUBLIC_FOR_AN_HOUR)
@ObjectType({
  description:
    'A body a city union works with: the education union itself, labour federations, education offices, and since 1 July 2025 the commune and ward unions.',
})
@Entity('organisation')
export class Organisation extends SearchableUnit {
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
}
