import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** A reference to a leader in a city's records; resolved by that city's deployment. */
@Directive('@key(fields: "cityCode id", resolvable: false)')
@ObjectType('Leader')
export class LeaderRef {
  @Field()
  cityCode!: string;

  @Field(() => ID)
  id!: string;
}
