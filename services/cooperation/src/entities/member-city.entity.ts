import { Directive, Field, ObjectType } from 'type-graphql';
import { PUBLIC_FOR_AN_HOUR } from '../../../shared/src/cache-hints';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { StoredDate } from './stored-date';

/** A city in the hub's registry; its union records live in its own city deployment. */
@Directive('@key(fields: "code")')
@Directive(PUBLIC_FOR_AN_HOUR)
@ObjectType('City')
@Entity('member_city')
export class MemberCity {
  @Field({ description: 'Short code used across the graph: HN, HP, …' })
  @PrimaryColumn({ type: 'varchar', length: 8 })
  code!: string;

  @Field({ description: 'Vietnamese name with diacritics, e.g. "Hải Phòng".' })
  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @Field(() => String, { nullable: true })
  @Column({ name: 'english_name', type: 'varchar', length: 120, nullable: true })
  englishName!: string | null;

  @StoredDate('When the city joined the hub.')
  @Column({ name: 'joined_on', type: 'date' })
  joinedOn!: string;

  @Column({ name: 'search_text', type: 'varchar', length: 300 })
  searchText!: string;

  @Column({ name: 'sort_key', type: 'varchar', length: 255 })
  sortKey!: string;
}
