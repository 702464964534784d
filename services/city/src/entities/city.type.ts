import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { PUBLIC_FOR_AN_HOUR } from '../../../shared/src/cache-hints';

/**
 * The city as this deployment contributes to it. The registry (name, joined date) lives in the
 * cooperation subgraph; fields here are nullable so that one city's outage nulls only its own figures.
 */
@Directive('@key(fields: "code")')
@Directive(PUBLIC_FOR_AN_HOUR)
@ObjectType()
export class City {
  @Field()
  code!: string;
}

/** Declared identically in the cooperation subgraph, which reads `cityCode` for `missingCities`. */
@Directive('@shareable')
@ObjectType({ description: 'One city’s grassroots unions and members at one school level.' })
export class CityLevelFigure {
  @Field()
  cityCode!: string;

  @Field(() => Int)
  grassrootsUnions!: number;

  @Field(() => Int)
  members!: number;
}

/** Shared vocabulary entity owned by cooperation; every city contributes its own figures to it. */
@Directive('@key(fields: "code")')
@ObjectType('SchoolLevel')
export class SchoolLevelEntry {
  @Field()
  code!: string;
}
