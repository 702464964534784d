import { Field, ID, InputType } from 'type-graphql';
import { IsIn, IsISO8601, IsOptional, Length, Matches, MaxLength } from 'class-validator';
import { Gender } from '../entities/member.entity';

const PHONE = /^(\+84|0)\d{9,10}$/;
const NATIONAL_ID = /^\d{12}$/;

@InputType()
export class MemberContactInput {
  @Field(() => String, { nullable: true, description: 'Vietnamese number: 0912345678 or +84912345678.' })
  @IsOptional()
  @Matches(PHONE, { message: 'phone must be a Vietnamese number such as 0912345678 or +84912345678' })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(255)
  address?: string | null;
}

@InputType()
export class RecordMemberInput extends MemberContactInput {
  @Field(() => ID, { description: 'The grassroots union the member belongs to.' })
  @Length(1, 64)
  unitId!: string;

  @Field()
  @Length(2, 120, { message: 'fullName must be 2 to 120 characters' })
  fullName!: string;

  @Field(() => Gender)
  @IsIn(Object.values(Gender))
  gender!: Gender;

  @Field({ description: 'YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'dateOfBirth must be a date written YYYY-MM-DD' })
  dateOfBirth!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(120)
  position?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'joinedOn must be a date written YYYY-MM-DD' })
  joinedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Căn cước công dân: 12 digits.' })
  @IsOptional()
  @Matches(NATIONAL_ID, { message: 'nationalId must be the 12 digits of a căn cước công dân' })
  nationalId?: string | null;
}
