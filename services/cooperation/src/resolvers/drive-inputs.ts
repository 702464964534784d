import { Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMinSize, IsInt, IsOptional, Matches, Max, Min, ValidateNested } from 'class-validator';
import { ConsentMethod } from '../entities/drive-money.entity';
import { CalendarDate, Items, Note, Text } from '../../../shared/src/input-rules';

// Text, dates and lists are checked at the input boundary (shared/src/input-boundary.ts) by the
// rules declared here, with the columns' lengths; class-validator checks numbers and formats.
const CITY_CODE = { message: 'cityCode must be 2-8 upper-case letters' };

@InputType()
export class PartyRefInput {
  @Field() @Text(8) @Matches(/^[A-Z]{2,8}$/, CITY_CODE) cityCode!: string;

  @Field(() => ID, { nullable: true, description: 'A city education union (organisation id) …' })
  organisationId?: string | null;

  @Field(() => ID, { nullable: true, description: '… or a grassroots union.' })
  unitId?: string | null;
}

@InputType()
export class DriveInput {
  @Field() @Text(300, { min: 3 }) title!: string;
  @Field(() => String, { nullable: true }) @Note(5000) purpose?: string | null;
  @Field({ description: 'e.g. "vượt khó học giỏi".' }) @Text(300, { min: 3 }) criteria!: string;
  @Field(() => Int) @IsInt() @Min(1) @Max(10_000) scholarships!: number;
  @Field(() => Int, { description: 'VND per scholarship.' }) @IsInt() @Min(1) amountEach!: number;
  @Field(() => String, { nullable: true }) @CalendarDate() opensOn?: string | null;
  @Field(() => String, { nullable: true }) @CalendarDate() closesOn?: string | null;
  @Field(() => String, { nullable: true }) @Text(64) exchangeProgrammeId?: string | null;
  @Field(() => [PartyRefInput]) @Items(20) @ValidateNested() @ArrayMinSize(1) organisers!: PartyRefInput[];
  @Field(() => [PartyRefInput], { nullable: true }) @Items(50) @IsOptional() @ValidateNested() coSponsors?:
    PartyRefInput[] | null;
  @Field(() => [PartyRefInput]) @Items(50) @ValidateNested() @ArrayMinSize(1) beneficiaries!: PartyRefInput[];
}

/** A nominated student. Without the guardian's consent (who, when, how) there is no nomination. */
@InputType()
export class StudentInput {
  @Field() @Text(120, { min: 2 }) fullName!: string;
  @Field(() => Int) @IsInt() @Min(1990) @Max(2030) birthYear!: number;
  @Field() @Text(255, { min: 2 }) schoolName!: string;
  @Field({ description: 'e.g. "Lớp 11A2".' }) @Text(20) gradeLabel!: string;
  @Field() @Text(2000, { min: 3, multiline: true }) circumstances!: string;
  @Field() @Text(2000, { min: 3, multiline: true }) achievements!: string;
  @Field({ description: 'The parent or guardian who consented.' })
  @Text(120, { min: 2 })
  guardianName!: string;
  @Field({ description: 'When the guardian consented, YYYY-MM-DD.' })
  @CalendarDate()
  guardianConsentOn!: string;
  @Field(() => ConsentMethod, { description: 'How the guardian consented.' })
  guardianConsentMethod!: ConsentMethod;
}
