import { Directive, Field, ObjectType } from 'type-graphql';

/**
 * A body above the cities (Tổng LĐLĐ Việt Nam, Công đoàn Giáo dục Việt Nam), owned by the hub; a
 * city only points to it by code (services/shared/src/national-bodies.ts), e.g. as an award's issuer.
 */
@Directive('@key(fields: "code", resolvable: false)')
@ObjectType('NationalOrganisation')
export class NationalOrganisationRef {
  @Field()
  code!: string;
}
