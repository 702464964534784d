import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { InitiativeLevel } from './record-enums';

/** A sáng kiến kinh nghiệm: an initiative written by a member and graded by a council. */
@ObjectType()
@Entity('initiative')
export class Initiative {
  @Field()
  cityCode!: string;

  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id!: string;

  @Field()
  @Column({ type: 'varchar', length: 400 })
  title!: string;

  @Field({ description: 'The author as credited on the initiative.' })
  @Column({ name: 'author_name', type: 'varchar', length: 120 })
  authorName!: string;

  @Column({ name: 'unit_id', type: 'varchar', length: 64, nullable: true })
  unitId!: string | null;

  @Field()
  @Column({ name: 'school_year', type: 'varchar', length: 9 })
  schoolYear!: string;

  @Field(() => InitiativeLevel, { description: 'The level of the council that graded it.' })
  @Column({ type: 'varchar', length: 16 })
  level!: InitiativeLevel;

  @Field(() => String, { nullable: true, description: 'On the city’s grading scale (A, B, C by default).' })
  @Column({ type: 'varchar', length: 8, nullable: true })
  grade!: string | null;

  @Field()
  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo!: boolean;

  @Column({ name: 'search_text', type: 'varchar', length: 600 })
  searchText!: string;

  @Column({ name: 'sort_key', type: 'varchar', length: 255 })
  sortKey!: string;
}
