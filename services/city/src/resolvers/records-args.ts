import { ArgsType, Field, ID } from 'type-graphql';
import { IsOptional } from 'class-validator';
import { Text } from '../../../shared/src/input-rules';
import { connectionTypes, PageArgs } from '../../../shared/src/pagination';
import { AwardDecision } from '../entities/award-decision.entity';
import { CampaignResult } from '../entities/campaign-result.entity';
import { Initiative } from '../entities/initiative.entity';
import { AwardKind, IssuerLevel, RecipientType, RecordStatus } from '../entities/record-enums';

export const { ConnectionType: CampaignResultConnection } = connectionTypes(CampaignResult, 'CampaignResult');
export const { ConnectionType: InitiativeConnection } = connectionTypes(Initiative, 'Initiative');
export const { ConnectionType: AwardDecisionConnection } = connectionTypes(AwardDecision, 'AwardDecision');

const YEAR = { nullable: true, description: 'A school year written "2022-2023".' };

@ArgsType()
export class CampaignResultArgs extends PageArgs {
  @Field(() => String, YEAR)
  @Text(9)
  schoolYear?: string | null;

  @Field(() => String, { nullable: true })
  @Text(64)
  campaignCode?: string | null;
}

@ArgsType()
export class InitiativeArgs extends PageArgs {
  @Field(() => String, YEAR)
  @Text(9)
  schoolYear?: string | null;

  @Field(() => String, { nullable: true })
  @Text(8)
  grade?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only initiatives of this grassroots union.' })
  @IsOptional()
  unitId?: string | null;

  @Field(() => String, { nullable: true, description: 'Words of the title or author; accents ignored.' })
  @Text(200)
  search?: string | null;
}

@ArgsType()
export class AwardDecisionArgs extends PageArgs {
  @Field(() => String, YEAR)
  @Text(9)
  schoolYear?: string | null;

  @Field(() => AwardKind, { nullable: true })
  @IsOptional()
  kind?: AwardKind | null;

  @Field(() => IssuerLevel, { nullable: true })
  @IsOptional()
  issuerLevel?: IssuerLevel | null;

  @Field(() => RecipientType, { nullable: true })
  @IsOptional()
  recipientType?: RecipientType | null;

  @Field(() => RecordStatus, { nullable: true })
  @IsOptional()
  status?: RecordStatus | null;
}
