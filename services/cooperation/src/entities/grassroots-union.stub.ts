import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** A reference to a grassroots union owned by a city deployment; the gateway resolves the rest there. */
@Directive('@key(fields: "cityCode id", resolvable: false)')
@ObjectType('GrassrootsUnion')
export class GrassrootsUnionRef {
  @Field()
  cityCode!: string;

  @Field(() => ID)
  id!: string;
}
