import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** A reference to a city's organisation (its education union); resolved by the city's deployment. */
@Directive('@key(fields: "cityCode id", resolvable: false)')
@ObjectType('Organisation')
export class OrganisationRef {
  @Field()
  cityCode!: string;

  @Field(() => ID)
  id!: string;
}
