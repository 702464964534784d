import { Field, ID, InputType } from 'type-graphql';
import { Matches, ValidateNested } from 'class-validator';
import { CalendarDate, Note, Text } from '../../../shared/src/input-rules';

// Text and dates are checked at the input boundary (shared/src/input-boundary.ts) by the rules
// declared here, with the columns' lengths; class-validator checks the formats.
@InputType()
export class RegisterCityInput {
  @Field({ description: '2-8 upper-case letters, e.g. DN.' })
  @Text(8)
  @Matches(/^[A-Z]{2,8}$/, { message: 'code must be 2-8 upper-case letters, e.g. DN' })
  code!: string;

  @Field({ description: 'Vietnamese name with diacritics, e.g. "Đà Nẵng".' })
  @Text(120)
  name!: string;

  @Field(() => String, { nullable: true })
  @Text(120)
  englishName?: string | null;

  @Field({ description: 'YYYY-MM-DD' })
  @CalendarDate()
  joinedOn!: string;
}

@InputType()
export class UnitRefInput {
  @Field()
  @Text(8)
  @Matches(/^[A-Z]{2,8}$/, { message: 'cityCode must be 2-8 upper-case letters' })
  cityCode!: string;

  @Field(() => ID)
  id!: string;
}

@InputType()
export class RecordPartnershipInput {
  @Field(() => UnitRefInput)
  @ValidateNested()
  unitA!: UnitRefInput;

  @Field(() => UnitRefInput)
  @ValidateNested()
  unitB!: UnitRefInput;

  @Field(() => String, { nullable: true })
  @Text(64)
  movementCode?: string | null;

  @Field({ description: 'YYYY-MM-DD' })
  @CalendarDate()
  startedOn!: string;

  @Field(() => String, { nullable: true })
  @Note(2000)
  note?: string | null;
}
