import { Field, ID, ObjectType } from 'type-graphql';
import { Column, PrimaryColumn } from 'typeorm';
import { LocalDateResolver } from 'graphql-scalars';
import { UnitStatus } from './enums';

/**
 * What every unit of a city's directory has, so that history survives reorganisation: a stable id,
 * a status and the dates it was valid, and a Vietnamese sort key. Not a GraphQL type of its own.
 */
@ObjectType()
export abstract class HistoricUnit {
  @Field()
  cityCode!: string;

  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id!: string;

  @Field(() => UnitStatus)
  @Column({ type: 'varchar', length: 16 })
  status!: UnitStatus;

  @Field(() => LocalDateResolver, { nullable: true })
  @Column({ name: 'valid_from', type: 'date', nullable: true })
  validFrom!: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Null while the unit exists.' })
  @Column({ name: 'valid_to', type: 'date', nullable: true })
  validTo!: string | null;

  @Column({ name: 'sort_key', type: 'varchar', length: 255 })
  sortKey!: string;
}

/** A unit with demo marking and a search column: organisations and grassroots unions. */
@ObjectType()
export abstract class SearchableUnit extends HistoricUnit {
  @Field({ description: 'True for invented fill-in records of the demo data set.' })
  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo!: boolean;

  @Column({ name: 'search_text', type: 'varchar', length: 600 })
  searchText!: string;
}
