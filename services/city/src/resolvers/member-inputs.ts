import { Field, ID, InputType } from 'type-graphql';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { CalendarDate, Text } from '../../../shared/src/input-rules';
import { Gender } from '../entities/member.entity';

const PHONE = /^(\+84|0)\d{9,10}$/;
const NATIONAL_ID = /^\d{12}$/;

// Text and dates are checked at the input boundary (shared/src/input-boundary.ts) by the rules
// declared here, with the columns' lengths; class-validator checks the formats and choices.
@InputType()
export class MemberContactInput {
  @Field(() => String, { nullable: true, description: 'Vietnamese number: 0912345678 or +84912345678.' })
  @Text(20)
  @IsOptional()
  @Matches(PHONE, { message: 'phone must be a Vietnamese number such as 0912345678 or +84912345678' })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @Text(255)
  address?: string | null;
}

@InputType()
export class RecordMemberInput extends MemberContactInput {
  @Field(() => ID, { description: 'The grassroots union the member belongs to.' })
  unitId!: string;

  @Field()
  @Text(120, { min: 2 })
  fullName!: string;

  @Field(() => Gender)
  @IsIn(Object.values(Gender))
  gender!: Gender;

  @Field({ description: 'YYYY-MM-DD' })
  @CalendarDate()
  dateOfBirth!: string;

  @Field(() => String, { nullable: true })
  @Text(120)
  position?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @CalendarDate()
  joinedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Căn cước công dân: 12 digits.' })
  @Text(12)
  @IsOptional()
  @Matches(NATIONAL_ID, { message: 'nationalId must be the 12 digits of a căn cước công dân' })
  nationalId?: string | null;
}
