import { Field, Int, ObjectType } from 'type-graphql';
import { District } from './district.entity';
import { AwardKind, IssuerLevel, RecipientType } from './record-enums';

@ObjectType()
export class GradeCount {
  @Field(() => String, { nullable: true, description: 'Null for initiatives not graded.' })
  grade!: string | null;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'Award decisions and recipients of one kind from one issuer level.' })
export class AwardTally {
  @Field(() => AwardKind)
  kind!: AwardKind;

  @Field({ description: 'e.g. "Bằng khen".' })
  kindName!: string;

  @Field(() => IssuerLevel)
  issuerLevel!: IssuerLevel;

  @Field(() => RecipientType)
  recipientType!: RecipientType;

  @Field(() => Int)
  decisions!: number;

  @Field(() => Int)
  recipients!: number;
}

@ObjectType()
export class TrainingTally {
  @Field(() => Int)
  sessions!: number;

  @Field(() => Int)
  classes!: number;

  @Field(() => Int)
  attendances!: number;
}

@ObjectType({ description: 'A city’s figures for one school year, computed in the database.' })
export class CityStats {
  @Field()
  schoolYear!: string;

  @Field(() => Int, { description: 'Grassroots unions that reported membership that year.' })
  grassrootsUnions!: number;

  @Field(() => Int)
  members!: number;

  @Field(() => Int)
  initiatives!: number;

  @Field(() => [GradeCount])
  initiativesByGrade!: GradeCount[];

  @Field(() => [AwardTally], { description: 'Active decisions only; revoked ones are left out.' })
  awards!: AwardTally[];

  @Field(() => TrainingTally)
  trainings!: TrainingTally;

  @Field(() => Int)
  campaignResults!: number;
}

@ObjectType()
export class DistrictFigures {
  @Field(() => District, { nullable: true, description: 'Null for units recorded without a district.' })
  district!: District | null;

  districtId!: string | null;

  @Field(() => Int)
  grassrootsUnions!: number;

  @Field(() => Int)
  members!: number;

  @Field(() => Int)
  initiatives!: number;
}

@ObjectType({ description: 'A figure that looks wrong; it is kept as reported and flagged.' })
export class DataQualityWarning {
  @Field({ description: 'e.g. PARTICIPANTS_EXCEED_MEMBERS.' })
  code!: string;

  @Field()
  message!: string;
}
