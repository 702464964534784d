import { Directive, Field, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { DistrictKind } from './enums';
import { HistoricUnit } from './historic-unit';

@Directive('@key(fields: "cityCode id")')
@ObjectType({
  description: 'A quận, huyện or thị xã as it was; districts ended with the 2025 reorganisation.',
})
@Entity('district')
export class District extends HistoricUnit {
  @Field()
  @Column({ type: 'varchar', length: 255 })
  name!: string;

  @Field(() => DistrictKind)
  @Column({ type: 'varchar', length: 32 })
  kind!: DistrictKind;
}
