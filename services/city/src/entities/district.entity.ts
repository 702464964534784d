import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { LocalDateResolver } from 'graphql-scalars';
import { DistrictKind, UnitStatus } from './enums';

@Directive('@key(fields: "cityCode id")')
@ObjectType({
  description: 'A quận, huyện or thị xã as it was; districts ended with the 2025 reorganisation.',
})
@Entity('district')
export class District {
  @Field()
  cityCode!: string;

  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id!: string;

  @Field()
  @Column({ type: 'varchar', length: 255 })
  name!: string;

  @Field(() => DistrictKind)
  @Column({ type: 'varchar', length: 32 })
  kind!: DistrictKind;

  @Field(() => UnitStatus)
  @Column({ type: 'varchar', length: 16 })
  status!: UnitStatus;

  @Field(() => LocalDateResolver, { nullable: true })
  @Column({ name: 'valid_from', type: 'date', nullable: true })
  validFrom!: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  @Column({ name: 'valid_to', type: 'date', nullable: true })
  validTo!: string | null;

  @Column({ name: 'sort_key', type: 'varchar', length: 255 })
  sortKey!: string;
}
