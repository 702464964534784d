import { Directive, Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AS_CACHEABLE_AS_PARENT, PUBLIC_FOR_AN_HOUR } from '../../../shared/src/cache-hints';
import { Boundaries } from '../../../shared/src/boundaries';
import { ResultGrouping } from '../../../shared/src/result-grouping';
import { Indicator } from '../services/comparison-math';
import { PeriodKind } from './catalog.entity';

// The award vocabulary of the city records, declared identically here for the awards comparison.
export enum AwardKind {
  CO_THI_DUA = 'CO_THI_DUA',
  BANG_KHEN = 'BANG_KHEN',
  GIAY_KHEN = 'GIAY_KHEN',
  LAO_DONG_TIEN_TIEN = 'LAO_DONG_TIEN_TIEN',
  CHIEN_SI_THI_DUA_CO_SO = 'CHIEN_SI_THI_DUA_CO_SO',
}
export enum IssuerLevel {
  TONG_LDLD_VIET_NAM = 'TONG_LDLD_VIET_NAM',
  CONG_DOAN_GIAO_DUC_VIET_NAM = 'CONG_DOAN_GIAO_DUC_VIET_NAM',
  LDLD_THANH_PHO = 'LDLD_THANH_PHO',
  CITY_EDUCATION_UNION = 'CITY_EDUCATION_UNION',
  DISTRICT_FEDERATION = 'DISTRICT_FEDERATION',
  GOVERNMENT = 'GOVERNMENT',
}
export enum RecipientType {
  COLLECTIVE = 'COLLECTIVE',
  INDIVIDUAL = 'INDIVIDUAL',
}
registerEnumType(AwardKind, { name: 'AwardKind' });
registerEnumType(IssuerLevel, { name: 'IssuerLevel' });
registerEnumType(RecipientType, { name: 'RecipientType' });
registerEnumType(Indicator, { name: 'Indicator' });

export { Boundaries, ResultGrouping };

export const COMPLETE =
  'True when every expected city (a campaign’s joint cities if it has any, otherwise every registered ' +
  'city) answered, with a report or without. False: only the cities that answered are compared and ' +
  'ranked; do not publish it as complete.';
export const MISSING_CITIES =
  'Expected cities that did not answer (down or too slow, each with a CITY_UNAVAILABLE error, or not ' +
  'served by the gateway), in registry order. A city that answered with nothing to report is not missing.';

/** One city's figures for an edition, provided by the city subgraph (see services/city). */
@Directive('@shareable')
@Directive(AS_CACHEABLE_AS_PARENT)
@ObjectType()
export class EditionCityResult {
  @Field() cityCode!: string;
  @Field() reported!: boolean;
  @Field(() => Int, { nullable: true }) members!: number | null;
  @Field(() => Int, { nullable: true }) participants!: number | null;
  @Field(() => Int, { nullable: true }) participatingUnits!: number | null;
  @Field(() => Int, { nullable: true }) initiativesSubmitted!: number | null;
  @Field(() => Int, { nullable: true }) initiativesGraded!: number | null;
  @Field(() => Int, { nullable: true }) initiativesGradeA!: number | null;
  @Field(() => Int, { nullable: true }) target!: number | null;
  @Field(() => Int, { nullable: true }) achievementPercent!: number | null;
  @Field(() => Int, { nullable: true }) collectivesCommended!: number | null;
  @Field(() => Int, { nullable: true }) individualsCommended!: number | null;
}

export const RESULT_SELECTION =
  'cityCode reported members participants participatingUnits initiativesSubmitted initiativesGraded ' +
  'initiativesGradeA target achievementPercent collectivesCommended individualsCommended';

@Directive('@key(fields: "campaignCode period")')
@Directive(PUBLIC_FOR_AN_HOUR)
@ObjectType()
export class CampaignEdition {
  @Field() campaignCode!: string;
  @Field() period!: string;
  @Field(() => PeriodKind) periodKind!: PeriodKind;

  @Directive('@external')
  @Field(() => [EditionCityResult])
  cityResults?: EditionCityResult[];

  @Directive('@external')
  @Field(() => [EditionCityResult])
  previousCityResults?: EditionCityResult[];

  @Directive('@external')
  @Field(() => [EditionCityResult])
  predecessorResults?: EditionCityResult[];

  @Directive('@external')
  @Field(() => [EditionCityResult])
  previousPredecessorResults?: EditionCityResult[];

  @Directive('@external')
  @Field(() => [EditionCityResult])
  sectorResults?: EditionCityResult[];

  @Directive('@external')
  @Field(() => [EditionCityResult])
  previousSectorResults?: EditionCityResult[];

  @Directive('@external')
  @Field(() => [EditionCityResult])
  predecessorSectorResults?: EditionCityResult[];

  @Directive('@external')
  @Field(() => [EditionCityResult])
  previousPredecessorSectorResults?: EditionCityResult[];
}

@Directive(AS_CACHEABLE_AS_PARENT)
@ObjectType()
export class IndicatorValue {
  @Field(() => Indicator) indicator!: Indicator;
  @Field(() => Float, { nullable: true }) value!: number | null;
  @Field(() => Int, { nullable: true, description: '1 is best; ties share a rank.' }) rank!: number | null;
  @Field(() => Float, { nullable: true, description: 'The leader’s value minus this city’s.' }) gapToLeader!:
    number | null;
  @Field(() => Float, { nullable: true }) previousValue!: number | null;
  @Field(() => Float, { nullable: true, description: 'Against the previous edition.' }) change!:
    number | null;
}

@Directive(AS_CACHEABLE_AS_PARENT)
@ObjectType()
export class CityComparison {
  @Field() cityCode!: string;
  @Field({ description: 'False: "no report" for this edition, and no indicator is computed.' })
  reported!: boolean;
  @Field(() => EditionCityResult, { description: 'The raw figures as the city reported them.' })
  figures!: EditionCityResult;
  @Field(() => [IndicatorValue]) indicators!: IndicatorValue[];
  @Field(() => [String], {
    description:
      'Whose reports make up these figures: this city, and on today’s boundaries the provinces merged into it.',
  })
  formedFrom!: string[];
}

@Directive(AS_CACHEABLE_AS_PARENT)
@ObjectType()
export class IndicatorLeader {
  @Field(() => Indicator) indicator!: Indicator;
  @Field(() => String, { nullable: true, description: 'Null when no city has a value.' }) cityCode!:
    string | null;
  @Field(() => Float, { nullable: true }) value!: number | null;
}

@Directive(AS_CACHEABLE_AS_PARENT)
@ObjectType({ description: 'The same campaign edition, city against city, computed by the hub.' })
export class CampaignComparison {
  @Field() campaignCode!: string;
  @Field() period!: string;
  @Field() previousPeriod!: string;
  @Field(() => [CityComparison], { description: 'The cities that answered, ranked among themselves.' })
  cities!: CityComparison[];
  @Field(() => [IndicatorLeader]) leaders!: IndicatorLeader[];
  @Field(() => Boundaries, { description: 'The boundaries the figures are on.' }) boundaries!: Boundaries;
  @Field(() => ResultGrouping, { description: 'Whose reports the figures are made of.' })
  groupedBy!: ResultGrouping;
  @Field({ description: COMPLETE }) complete!: boolean;
  @Field(() => [String], { description: MISSING_CITIES }) missingCities!: string[];
}

@Directive('@shareable')
@Directive(AS_CACHEABLE_AS_PARENT)
@ObjectType()
export class CityAwardLine {
  @Field(() => AwardKind) kind!: AwardKind;
  @Field(() => IssuerLevel) issuerLevel!: IssuerLevel;
  @Field(() => RecipientType) recipientType!: RecipientType;
  @Field(() => Int) recipients!: number;
}

@Directive('@shareable')
@Directive(AS_CACHEABLE_AS_PARENT)
@ObjectType()
export class CityAwards {
  @Field() cityCode!: string;
  @Field(() => [CityAwardLine]) lines!: CityAwardLine[];
}

@Directive('@key(fields: "period")')
@Directive(PUBLIC_FOR_AN_HOUR)
@ObjectType()
export class AwardPeriod {
  @Field() period!: string;

  @Directive('@external')
  @Field(() => [CityAwards])
  cityAwards?: CityAwards[];
}

@Directive(AS_CACHEABLE_AS_PARENT)
@ObjectType()
export class CityCount {
  @Field() cityCode!: string;
  @Field(() => Int) recipients!: number;
}

@Directive(AS_CACHEABLE_AS_PARENT)
@ObjectType({ description: 'One award kind × issuer level × recipient type, city by city.' })
export class AwardComparisonRow {
  @Field(() => AwardKind) kind!: AwardKind;
  @Field(() => IssuerLevel) issuerLevel!: IssuerLevel;
  @Field(() => RecipientType) recipientType!: RecipientType;
  @Field(() => [CityCount]) cities!: CityCount[];
}

@Directive(AS_CACHEABLE_AS_PARENT)
@ObjectType()
export class AwardsComparison {
  @Field() period!: string;
  @Field(() => [String], { description: 'The cities that answered, in city order.' }) cityCodes!: string[];
  @Field(() => [AwardComparisonRow]) rows!: AwardComparisonRow[];
  @Field({ description: COMPLETE }) complete!: boolean;
  @Field(() => [String], { description: MISSING_CITIES }) missingCities!: string[];
}
