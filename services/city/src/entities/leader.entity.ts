import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { PUBLIC_FOR_AN_HOUR } from '../../../shared/src/cache-hints';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { LocalDateResolver } from 'graphql-scalars';
import { LeaderRole } from './enums';

@Directive('@key(fields: "cityCode id")')
@Directive(PUBLIC_FOR_AN_HOUR)
@ObjectType({ description: 'One term of one person in a leading role of an organisation.' })
@Entity('leader')
export class Leader {
  @Field()
  cityCode!: string;

  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id!: string;

  @Column({ name: 'organisation_id', type: 'varchar', length: 64 })
  organisationId!: string;

  @Field()
  @Column({ name: 'full_name', type: 'varchar', length: 120 })
  fullName!: string;

  @Field(() => LeaderRole)
  @Column({ type: 'varchar', length: 24 })
  role!: LeaderRole;

  @Field(() => LocalDateResolver, { nullable: true })
  @Column({ name: 'term_start', type: 'date', nullable: true })
  termStart!: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Null while the term runs.' })
  @Column({ name: 'term_end', type: 'date', nullable: true })
  termEnd!: string | null;

  @Field(() => String, { nullable: true, description: 'Where the record comes from, or what is uncertain.' })
  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Field()
  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo!: boolean;

  /** The full name folded for search ("nguyen thi bich hop"); see people-search.service.ts. */
  @Column({ name: 'search_text', type: 'varchar', length: 600 })
  searchText!: string;

  @Column({ name: 'sort_key', type: 'varchar', length: 255 })
  sortKey!: string;
}
