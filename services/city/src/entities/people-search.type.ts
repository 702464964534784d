import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { PUBLIC_FOR_AN_HOUR } from '../../../shared/src/cache-hints';

/**
 * The hub's search for people by name (`people(search:)`), to which every city contributes its
 * leaders; the gateway sends it to every city and concatenates their lists (DESIGN.md rule 3).
 */
@Directive('@key(fields: "search first")')
@Directive(PUBLIC_FOR_AN_HOUR)
@ObjectType()
export class PeopleSearch {
  @Field()
  search!: string;

  @Field(() => Int)
  first!: number;
}
