import { Field, ID, InputType, Int } from 'type-graphql';
import { IsIn, IsInt, IsISO8601, IsOptional, Length, Max, MaxLength, Min } from 'class-validator';
import { SchoolLevel, UnitStatus } from '../entities/enums';

const DATE = { message: '$property must be a date written YYYY-MM-DD' };

@InputType()
export class UnitChangesInput {
  @Field(() => String, { nullable: true, description: 'Defaults to "Công đoàn <school name>".' })
  @IsOptional()
  @Length(2, 255)
  name?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(2, 255)
  schoolName?: string | null;

  @Field(() => SchoolLevel, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(SchoolLevel))
  schoolLevel?: SchoolLevel | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  districtId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The organisation that manages it directly.' })
  @IsOptional()
  managedById?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100_000)
  memberCount?: number | null;
}

@InputType()
export class CreateUnitInput {
  @Field()
  @Length(2, 255)
  schoolName!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(2, 255)
  name?: string | null;

  @Field(() => SchoolLevel)
  @IsIn(Object.values(SchoolLevel))
  schoolLevel!: SchoolLevel;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  districtId?: string | null;

  @Field(() => ID)
  managedById!: string;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(100_000)
  memberCount!: number;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @IsISO8601({ strict: true }, DATE)
  validFrom?: string | null;
}

@InputType()
export class CloseUnitInput {
  @Field(() => UnitStatus, { description: 'MERGED, MOVED or DISSOLVED.' })
  @IsIn([UnitStatus.MERGED, UnitStatus.MOVED, UnitStatus.DISSOLVED], {
    message: 'status must be MERGED, MOVED or DISSOLVED',
  })
  status!: UnitStatus;

  @Field({ description: 'The last day the unit existed as it was, YYYY-MM-DD.' })
  @IsISO8601({ strict: true }, DATE)
  validTo!: string;

  @Field(() => String, { nullable: true, description: 'e.g. which unit it merged into.' })
  @IsOptional()
  @MaxLength(2000)
  note?: string | null;
}
