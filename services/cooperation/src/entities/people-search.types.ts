import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { PUBLIC_FOR_AN_HOUR } from '../../../shared/src/cache-hints';

/**
 * People of the graph found by name in one query: the hub lists the national bodies' leaders, and
 * every city contributes its own leaders (`cityLeaders`, DESIGN.md rule 3: the gateway asks every
 * city and concatenates their lists in city order). Keyed by the search itself, so that each city
 * receives what to look for; `first` is in the key too, so that each city knows how many to list.
 */
@Directive('@key(fields: "search first")')
@Directive(PUBLIC_FOR_AN_HOUR)
@ObjectType({ description: 'People found by name: leaders of the national bodies and of every city.' })
export class PeopleSearch {
  @Field({ description: 'The search as asked, trimmed; accents and case are ignored.' })
  search!: string;

  @Field(() => Int, { description: 'Most people listed from the national bodies, and from each city.' })
  first!: number;
}
