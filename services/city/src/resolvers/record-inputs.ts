import { Field, ID, InputType, Int } from 'type-graphql';
import { IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { CalendarDate, Note, Text } from '../../../shared/src/input-rules';
import { AwardKind, InitiativeLevel, IssuerLevel, RecipientType } from '../entities/record-enums';

const SCHOOL_YEAR = { message: '$property must be a school year written like 2022-2023' };
const SCHOOL_YEAR_PATTERN = /^\d{4}-\d{4}$/;
const COUNT = (max: number) => [IsOptional(), IsInt(), Min(0), Max(max)];
const decorate =
  (decorators: PropertyDecorator[]): PropertyDecorator =>
  (target, key) =>
    decorators.forEach((decorator) => decorator(target, key));

@InputType({ description: 'Figures as reported; leave out what was not reported.' })
export class CampaignResultInput {
  @Field()
  @Text(64)
  campaignCode!: string;

  @Field()
  @Text(9)
  @Matches(SCHOOL_YEAR_PATTERN, SCHOOL_YEAR)
  schoolYear!: string;

  @Field(() => ID, { description: 'The organisation that reports the figures.' })
  reportedById!: string;

  @Field(() => Int, { nullable: true }) @decorate(COUNT(10_000_000)) participants?: number | null;
  @Field(() => Int, { nullable: true }) @decorate(COUNT(100_000)) participatingUnits?: number | null;
  @Field(() => Int, { nullable: true }) @decorate(COUNT(10_000_000)) initiativesSubmitted?: number | null;
  @Field(() => Int, { nullable: true }) @decorate(COUNT(10_000_000)) initiativesGraded?: number | null;
  @Field(() => Int, { nullable: true }) @decorate(COUNT(10_000_000)) initiativesGradeA?: number | null;
  @Field(() => Int, { nullable: true }) @decorate(COUNT(10_000_000)) target?: number | null;
  @Field(() => Int, { nullable: true }) @decorate(COUNT(1_000_000)) achievementPercent?: number | null;
  @Field(() => Int, { nullable: true }) @decorate(COUNT(100_000)) collectivesCommended?: number | null;
  @Field(() => Int, { nullable: true }) @decorate(COUNT(10_000_000)) individualsCommended?: number | null;

  @Field(() => String, { nullable: true })
  @Note(5000)
  highlights?: string | null;
}

@InputType()
export class AwardDecisionInput {
  @Field()
  @Text(9)
  @Matches(SCHOOL_YEAR_PATTERN, SCHOOL_YEAR)
  schoolYear!: string;

  @Field(() => AwardKind)
  @IsIn(Object.values(AwardKind))
  kind!: AwardKind;

  @Field(() => IssuerLevel)
  @IsIn(Object.values(IssuerLevel))
  issuerLevel!: IssuerLevel;

  @Field(() => RecipientType)
  @IsIn(Object.values(RecipientType))
  recipientType!: RecipientType;

  @Field(() => Int, { description: 'How many collectives or individuals the decision covers (1 or more).' })
  @IsInt()
  @Min(1, { message: 'recipientCount must be at least 1' })
  @Max(1_000_000)
  recipientCount!: number;

  @Field(() => String, { nullable: true })
  @Text(255)
  recipientName?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  recipientUnitId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The organisation whose units are commended.' })
  @IsOptional()
  scopeOrganisationId?: string | null;

  @Field(() => String, { nullable: true })
  @Text(64)
  decisionNumber?: string | null;

  @Field(() => String, { nullable: true })
  @CalendarDate()
  decisionDate?: string | null;

  @Field(() => String, { nullable: true })
  @Note(2000)
  note?: string | null;
}

@InputType()
export class InitiativeInput {
  @Field()
  @Text(400, { min: 3 })
  title!: string;

  @Field()
  @Text(120, { min: 2 })
  authorName!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  unitId?: string | null;

  @Field()
  @Text(9)
  @Matches(SCHOOL_YEAR_PATTERN, SCHOOL_YEAR)
  schoolYear!: string;

  @Field(() => InitiativeLevel)
  @IsIn(Object.values(InitiativeLevel))
  level!: InitiativeLevel;

  @Field(() => String, {
    nullable: true,
    description: 'On the grading scale (INITIATIVE_GRADES, A,B,C by default).',
  })
  @Text(8)
  grade?: string | null;
}

@InputType()
export class TrainingInput {
  @Field()
  @Text(400, { min: 3 })
  title!: string;

  @Field(() => ID)
  organiserId!: string;

  @Field()
  @Text(9)
  @Matches(SCHOOL_YEAR_PATTERN, SCHOOL_YEAR)
  schoolYear!: string;

  @Field(() => String, { nullable: true })
  @CalendarDate()
  heldOn?: string | null;

  @Field(() => Int)
  @IsInt()
  @Min(1, { message: 'classes must be at least 1' })
  @Max(10_000)
  classes!: number;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  attendances!: number;

  @Field({ defaultValue: false, description: 'True when the source says "at least" (e.g. 500+).' })
  attendancesAtLeast!: boolean;
}
