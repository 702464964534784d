import { Field, Int, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A unit's membership as reported for one school year: the public figure behind every count. */
@ObjectType('MembershipYear')
@Entity('unit_membership')
export class UnitMembership {
  @PrimaryColumn({ name: 'unit_id', type: 'varchar', length: 64 })
  unitId!: string;

  @Field()
  @PrimaryColumn({ name: 'school_year', type: 'varchar', length: 9 })
  schoolYear!: string;

  @Field(() => Int)
  @Column({ type: 'int' })
  members!: number;
}

/** A school year's direction, adopted at the review conference that closes the previous one. */
@ObjectType()
@Entity('annual_plan')
export class AnnualPlan {
  @Field()
  @PrimaryColumn({ name: 'school_year', type: 'varchar', length: 9 })
  schoolYear!: string;

  @Field({ description: 'The year’s theme (chủ đề năm học).' })
  @Column({ type: 'text' })
  theme!: string;

  @Field(() => Int, { nullable: true })
  @Column({ type: 'int', nullable: true })
  targets!: number | null;

  @Field(() => Int, { nullable: true })
  @Column({ name: 'solution_groups', type: 'int', nullable: true })
  solutionGroups!: number | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'The review conference that adopted it.' })
  @Column({ name: 'adopted_on', type: 'date', nullable: true })
  adoptedOn!: string | null;
}
