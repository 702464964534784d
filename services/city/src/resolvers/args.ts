import { ArgsType, Field, ID } from 'type-graphql';
import { IsOptional } from 'class-validator';
import { Text } from '../../../shared/src/input-rules';
import { connectionTypes, PageArgs } from '../../../shared/src/pagination';
import { OrganisationKind, SchoolLevel, UnitStatus } from '../entities/enums';
import { GrassrootsUnion } from '../entities/grassroots-union.entity';

export const { ConnectionType: GrassrootsUnionConnection } = connectionTypes(
  GrassrootsUnion,
  'GrassrootsUnion',
);

@ArgsType()
export class GrassrootsUnionListArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Words to find in the union, school or district name; accents and case are ignored.',
  })
  @Text(200)
  search?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  districtId?: string | null;

  @Field(() => SchoolLevel, { nullable: true })
  @IsOptional()
  level?: SchoolLevel | null;

  @Field(() => UnitStatus, { nullable: true, description: 'Defaults to every status.' })
  @IsOptional()
  status?: UnitStatus | null;
}

@ArgsType()
export class CityRecordArgs {
  @Field({ description: 'The city whose deployment holds the record (HN, HP, …).' })
  @Text(8)
  cityCode!: string;

  @Field(() => ID)
  id!: string;
}

@ArgsType()
export class OrganisationListArgs {
  @Field(() => OrganisationKind, { nullable: true })
  @IsOptional()
  kind?: OrganisationKind | null;

  @Field(() => UnitStatus, { nullable: true })
  @IsOptional()
  status?: UnitStatus | null;
}
