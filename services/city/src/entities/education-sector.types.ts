import { Field, Int, ObjectType } from 'type-graphql';
import { ResultFigureFields } from './result-figures.type';
import { Boundaries } from '../../../shared/src/boundaries';
import type { RowScope } from '../services/folded-rows';
import { CampaignResult } from './campaign-result.entity';

@ObjectType({
  description:
    'A body that managed some of the city’s school unions in a school year (on 31 May, the day that stands for it): the education union, a district labour federation, a commune or ward union.',
})
export class SectorBody {
  organisationId!: string;

  @Field(() => Int, { description: 'School unions it managed that reported membership that year.' })
  grassrootsUnions!: number;

  @Field(() => Int, { description: 'Their members that year.' })
  members!: number;

  @Field(() => String, {
    nullable: true,
    description: 'The province it came from with a fold ("HD"); null for the city’s own.',
  })
  mergedFrom!: string | null;
}

@ObjectType({
  description:
    'A campaign’s figures for the whole education sector of a city in a school year: the reports of every body that managed its school unions then, added up. Counts are summed; the achievement percentage is worked out again from the sums when there is more than one report.',
})
export class SectorCampaignResult extends ResultFigureFields {
  @Field()
  campaignCode!: string;

  @Field()
  schoolYear!: string;

  @Field(() => Int, { description: 'Members of the school unions the counted reports cover.' })
  members!: number;

  @Field(() => [CampaignResult], { description: 'The reports added up, one per body.' })
  reports!: CampaignResult[];

  @Field(() => [CampaignResult], {
    description:
      'Reports for the same campaign and year by bodies that managed none of the sector’s school unions then (e.g. an education union after its units moved to commune unions): shown, never added, so that no unit is counted twice.',
  })
  reportsNotAdded!: CampaignResult[];

  @Field(() => Int, { description: 'School unions whose managing body reported.' })
  grassrootsUnionsCovered!: number;

  @Field(() => Int, { description: 'School unions whose managing body did not report.' })
  grassrootsUnionsNotCovered!: number;
}

@ObjectType({
  description:
    'A city’s education sector in a school year: every school union that reported membership, grouped by the body that managed it then. It stays comparable when the bodies change (district federations ended on 30 June 2025, commune and ward unions took over).',
})
export class EducationSectorYear {
  @Field()
  schoolYear!: string;

  /** Whose rows it counts: the city's own, or with a fold's (today's boundaries), or one fold's. */
  scope!: RowScope;

  @Field(() => Boundaries)
  boundaries!: Boundaries;

  @Field(() => Int, { description: 'School unions that reported membership that year.' })
  grassrootsUnions!: number;

  @Field(() => Int)
  members!: number;

  @Field(() => [SectorBody], { description: 'Largest first.' })
  bodies!: SectorBody[];

  @Field(() => Int, { description: 'School unions with no managing body recorded on that day.' })
  grassrootsUnionsWithoutBody!: number;
}
