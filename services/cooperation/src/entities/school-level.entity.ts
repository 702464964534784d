import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One city's figures at one school level, provided by the city subgraph (declared identically there). */
@Directive('@shareable')
@ObjectType()
export class CityLevelFigure {
  @Field() cityCode!: string;
  @Field(() => Int) grassrootsUnions!: number;
  @Field(() => Int) members!: number;
}

/** The shared vocabulary of school levels (cấp học); every city contributes its figures per level. */
@Directive('@key(fields: "code")')
@ObjectType('SchoolLevel')
@Entity('school_level')
export class SchoolLevelEntry {
  @Field({ description: 'Matches SchoolLevelCode in the city records, e.g. UPPER_SECONDARY.' })
  @PrimaryColumn({ type: 'varchar', length: 24 })
  code!: string;

  @Field({ description: 'Vietnamese name, e.g. "Trung học phổ thông".' })
  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @Field(() => Int, { description: 'Order from youngest learners to oldest.' })
  @Column({ type: 'int' })
  position!: number;

  /** Every answering city's entry (services/city), for `missingCities` (@requires). */
  @Directive('@external')
  @Field(() => [CityLevelFigure])
  cityFigures?: CityLevelFigure[];
}
