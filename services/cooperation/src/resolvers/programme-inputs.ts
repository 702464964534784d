import { Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMinSize, IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { CalendarDate, Items, Note, Text } from '../../../shared/src/input-rules';
import { ProgrammeKind } from '../entities/programme.entity';

// Text, dates and lists are checked at the input boundary (shared/src/input-boundary.ts) by the
// rules declared here, with the columns' lengths; class-validator checks numbers and formats.
const CITY = /^[A-Z]{2,8}$/;

@InputType()
export class ProgrammeInput {
  @Field() @Text(400, { min: 3 }) title!: string;
  @Field(() => ProgrammeKind) @IsIn(Object.values(ProgrammeKind)) kind!: ProgrammeKind;
  @Field() @Text(8) @Matches(CITY, { message: 'hostCity must be a city code such as HP' }) hostCity!: string;
  @Field(() => [String], { description: 'The participating cities (the host is added if missing).' })
  @Items(50)
  @Text(8)
  @ArrayMinSize(1)
  @Matches(CITY, { each: true, message: 'cityCodes must be city codes such as HN' })
  cityCodes!: string[];
  @Field({ description: 'YYYY-MM-DD' }) @CalendarDate() startsOn!: string;
  @Field({ description: 'YYYY-MM-DD, not before startsOn' }) @CalendarDate() endsOn!: string;
  @Field(() => String, { nullable: true }) @Text(255) place?: string | null;
  @Field(() => [String], { nullable: true, description: 'Catalog campaign codes on the agenda.' })
  @Items(30)
  @Text(64)
  agendaCampaigns?: string[] | null;
}

@InputType()
export class DelegationMemberInput {
  @Field() @Text(8) @Matches(CITY, { message: 'cityCode must be a city code such as HN' }) cityCode!: string;
  @Field() @Text(120, { min: 2 }) fullName!: string;
  @Field({ description: 'e.g. "Phó Chủ tịch", "Ủy viên Ủy ban kiểm tra".' })
  @Text(120, { min: 2 })
  position!: string;
  @Field(() => Boolean, { nullable: true }) @IsOptional() coChair?: boolean | null;
  @Field(() => ID, { nullable: true, description: 'The leader in the city’s records, when there is one.' })
  leaderId?: string | null;
}

@InputType()
export class FollowUpInput {
  @Field() @Text(2000, { min: 3, multiline: true }) action!: string;
  @Field()
  @Text(8)
  @Matches(CITY, { message: 'ownerCity must be a city code such as HN' })
  ownerCity!: string;
  @Field(() => ID, { nullable: true }) ownerOrganisationId?: string | null;
  @Field(() => ID, { nullable: true }) ownerUnitId?: string | null;
  @Field({ description: 'YYYY-MM-DD' }) @CalendarDate() dueOn!: string;
}

@InputType()
export class ActivityInput {
  @Field({ description: 'YYYY-MM-DD' }) @CalendarDate() heldOn!: string;
  @Field({ description: 'e.g. "Sinh hoạt chuyên môn chung".' }) @Text(120, { min: 2 }) kind!: string;
  @Field(() => Int) @IsInt() @Min(0) @Max(1_000_000) participants!: number;
  @Field(() => String, { nullable: true }) @Note(2000) note?: string | null;
}
