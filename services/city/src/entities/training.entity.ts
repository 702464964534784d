import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { LocalDateResolver } from 'graphql-scalars';

/** Training for union officers: classes held and attendances counted. */
@ObjectType()
@Entity('training')
export class Training {
  @Field()
  cityCode!: string;

  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id!: string;

  @Field()
  @Column({ type: 'varchar', length: 400 })
  title!: string;

  @Column({ name: 'organiser_id', type: 'varchar', length: 64 })
  organiserId!: string;

  @Field()
  @Column({ name: 'school_year', type: 'varchar', length: 9 })
  schoolYear!: string;

  @Field(() => LocalDateResolver, { nullable: true })
  @Column({ name: 'held_on', type: 'date', nullable: true })
  heldOn!: string | null;

  @Field(() => Int)
  @Column({ type: 'int' })
  classes!: number;

  @Field(() => Int)
  @Column({ type: 'int' })
  attendances!: number;

  @Field({ description: 'True when the source gave "at least" (e.g. "500+").' })
  @Column({ name: 'attendances_at_least', type: 'boolean', default: false })
  attendancesAtLeast!: boolean;

  @Field()
  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo!: boolean;
}
