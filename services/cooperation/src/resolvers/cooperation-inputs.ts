import { Field, ID, InputType } from 'type-graphql';
import { IsISO8601, IsOptional, Length, Matches, MaxLength, ValidateNested } from 'class-validator';

@InputType()
export class RegisterCityInput {
  @Field({ description: '2-8 upper-case letters, e.g. DN.' })
  @Matches(/^[A-Z]{2,8}$/, { message: 'code must be 2-8 upper-case letters, e.g. DN' })
  code!: string;

  @Field({ description: 'Vietnamese name with diacritics, e.g. "Đà Nẵng".' })
  @Length(1, 120)
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(120)
  englishName?: string | null;

  @Field({ description: 'YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'joinedOn must be a date written YYYY-MM-DD' })
  joinedOn!: string;
}

@InputType()
export class UnitRefInput {
  @Field()
  @Matches(/^[A-Z]{2,8}$/, { message: 'cityCode must be 2-8 upper-case letters' })
  cityCode!: string;

  @Field(() => ID)
  @Length(1, 64)
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
  @IsOptional()
  @MaxLength(64)
  movementCode?: string | null;

  @Field({ description: 'YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'startedOn must be a date written YYYY-MM-DD' })
  startedOn!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  note?: string | null;
}
