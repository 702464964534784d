import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { ResultFigureFields } from './result-figures.type';
import { AS_CACHEABLE_AS_PARENT, PUBLIC_FOR_AN_HOUR } from '../../../shared/src/cache-hints';
import { AwardKind, IssuerLevel, RecipientType } from './record-enums';

/**
 * One city's figures for one campaign edition, as the city reports them. Declared identically in the
 * cooperation subgraph, which computes comparisons from it with @requires.
 */
@Directive('@shareable')
@Directive(AS_CACHEABLE_AS_PARENT)
@ObjectType()
export class EditionCityResult extends ResultFigureFields {
  @Field()
  cityCode!: string;

  @Field({
    description: 'False when the city has no city-wide report for the edition: "no report", not zeros.',
  })
  reported!: boolean;

  @Field(() => Int, {
    nullable: true,
    description:
      'Members, that school year, of the units the city-wide report covers (the education union’s).',
  })
  members!: number | null;
}

/** A campaign in one period; owned by the hub's catalog, every city contributes its result. */
@Directive('@key(fields: "campaignCode period")')
@Directive(PUBLIC_FOR_AN_HOUR)
@ObjectType()
export class CampaignEdition {
  @Field()
  campaignCode!: string;

  @Field({ description: 'A school year "2022-2023" or a calendar year "2023".' })
  period!: string;
}

/** One line of a city's awards in a period: kind × issuer level × collective or individual. */
@Directive('@shareable')
@Directive(AS_CACHEABLE_AS_PARENT)
@ObjectType()
export class CityAwardLine {
  @Field(() => AwardKind)
  kind!: AwardKind;

  @Field(() => IssuerLevel)
  issuerLevel!: IssuerLevel;

  @Field(() => RecipientType)
  recipientType!: RecipientType;

  @Field(() => Int)
  recipients!: number;
}

/** One city's award lines for a period (present, possibly empty, whenever the city answered). */
@Directive('@shareable')
@Directive(AS_CACHEABLE_AS_PARENT)
@ObjectType()
export class CityAwards {
  @Field()
  cityCode!: string;

  @Field(() => [CityAwardLine])
  lines!: CityAwardLine[];
}

/** A period of the hub's awards comparison; every city contributes its award lines. */
@Directive('@key(fields: "period")')
@Directive(PUBLIC_FOR_AN_HOUR)
@ObjectType()
export class AwardPeriod {
  @Field()
  period!: string;
}
