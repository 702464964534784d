import { Field, ID, InputType, Int } from 'type-graphql';
import {
  ArrayMinSize,
  IsInt,
  IsISO8601,
  IsOptional,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

const DATE = { message: '$property must be a date written YYYY-MM-DD' };

@InputType()
export class PartyRefInput {
  @Field()
  @Matches(/^[A-Z]{2,8}$/, { message: 'cityCode must be 2-8 upper-case letters' })
  cityCode!: string;

  @Field(() => ID, { nullable: true, description: 'A city education union (organisation id) …' })
  @IsOptional()
  organisationId?: string | null;

  @Field(() => ID, { nullable: true, description: '… or a grassroots union.' })
  @IsOptional()
  unitId?: string | null;
}

@InputType()
export class DriveInput {
  @Field() @Length(3, 300) title!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(5000) purpose?: string | null;
  @Field({ description: 'e.g. "vượt khó học giỏi".' }) @Length(3, 300) criteria!: string;
  @Field(() => Int) @IsInt() @Min(1) @Max(10_000) scholarships!: number;
  @Field(() => Int, { description: 'VND per scholarship.' }) @IsInt() @Min(1) amountEach!: number;
  @Field(() => String, { nullable: true }) @IsOptional() @IsISO8601({ strict: true }, DATE) opensOn?:
    string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsISO8601({ strict: true }, DATE) closesOn?:
    string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(64) exchangeProgrammeId?: string | null;
  @Field(() => [PartyRefInput]) @ValidateNested() @ArrayMinSize(1) organisers!: PartyRefInput[];
  @Field(() => [PartyRefInput], { nullable: true }) @IsOptional() @ValidateNested() coSponsors?:
    PartyRefInput[] | null;
  @Field(() => [PartyRefInput]) @ValidateNested() @ArrayMinSize(1) beneficiaries!: PartyRefInput[];
}

/** A nominated student. Without the guardian's consent (who, when) there is no nomination. */
@InputType()
export class StudentInput {
  @Field() @Length(2, 120) fullName!: string;
  @Field(() => Int) @IsInt() @Min(1990) @Max(2030) birthYear!: number;
  @Field() @Length(2, 255) schoolName!: string;
  @Field({ description: 'e.g. "Lớp 11A2".' }) @Length(1, 20) gradeLabel!: string;
  @Field() @Length(3, 2000) circumstances!: string;
  @Field() @Length(3, 2000) achievements!: string;
  @Field({ description: 'The parent or guardian who consented.' }) @Length(2, 120) guardianName!: string;
  @Field({ description: 'When the guardian consented, YYYY-MM-DD.' })
  @IsISO8601({ strict: true }, DATE)
  guardianConsentOn!: string;
}
