import { Field, ID, InputType, Int } from 'type-graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsIn,
  IsInt,
  IsOptional,
  Length,
  Matches,
  MaxLength,
  Min,
} from 'class-validator';
import { ProgrammeKind } from '../entities/programme.entity';

const CITY = /^[A-Z]{2,8}$/;

@InputType()
export class ProgrammeInput {
  @Field() @Length(3, 400) title!: string;
  @Field(() => ProgrammeKind) @IsIn(Object.values(ProgrammeKind)) kind!: ProgrammeKind;
  @Field() @Matches(CITY, { message: 'hostCity must be a city code such as HP' }) hostCity!: string;
  @Field(() => [String], { description: 'The participating cities (the host is added if missing).' })
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @Matches(CITY, { each: true, message: 'cityCodes must be city codes such as HN' })
  cityCodes!: string[];
  @Field({ description: 'YYYY-MM-DD' }) startsOn!: string;
  @Field({ description: 'YYYY-MM-DD, not before startsOn' }) endsOn!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(255) place?: string | null;
  @Field(() => [String], { nullable: true, description: 'Catalog campaign codes on the agenda.' })
  @IsOptional()
  agendaCampaigns?: string[] | null;
}

@InputType()
export class DelegationMemberInput {
  @Field() @Matches(CITY, { message: 'cityCode must be a city code such as HN' }) cityCode!: string;
  @Field() @Length(2, 120) fullName!: string;
  @Field({ description: 'e.g. "Phó Chủ tịch", "Ủy viên Ủy ban kiểm tra".' })
  @Length(2, 120)
  position!: string;
  @Field(() => Boolean, { nullable: true }) @IsOptional() coChair?: boolean | null;
  @Field(() => ID, { nullable: true, description: 'The leader in the city’s records, when there is one.' })
  @IsOptional()
  leaderId?: string | null;
}

@InputType()
export class FollowUpInput {
  @Field() @Length(3, 2000) action!: string;
  @Field() @Matches(CITY, { message: 'ownerCity must be a city code such as HN' }) ownerCity!: string;
  @Field(() => ID, { nullable: true }) @IsOptional() ownerOrganisationId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() ownerUnitId?: string | null;
  @Field({ description: 'YYYY-MM-DD' }) dueOn!: string;
}

@InputType()
export class ActivityInput {
  @Field({ description: 'YYYY-MM-DD' }) heldOn!: string;
  @Field({ description: 'e.g. "Sinh hoạt chuyên môn chung".' }) @Length(2, 120) kind!: string;
  @Field(() => Int) @IsInt() @Min(0) participants!: number;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(2000) note?: string | null;
}
