import { Field, ID, InputType, Int } from 'type-graphql';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { CalendarDate, Note, Text } from '../../../shared/src/input-rules';
import { SchoolLevel, UnitStatus } from '../entities/enums';

// Text, dates and ids are checked at the input boundary (shared/src/input-boundary.ts) by the rules
// declared here (lengths are the columns'); class-validator checks numbers and choices.
const NAME = Text(255, { min: 2 });

@InputType()
export class UnitChangesInput {
  @Field(() => String, { nullable: true, description: 'Defaults to "Công đoàn <school name>".' })
  @NAME
  name?: string | null;

  @Field(() => String, { nullable: true })
  @NAME
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
  @NAME
  schoolName!: string;

  @Field(() => String, { nullable: true })
  @NAME
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
  @CalendarDate()
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
  @CalendarDate()
  validTo!: string;

  @Field(() => String, { nullable: true, description: 'e.g. which unit it merged into.' })
  @Note(2000)
  note?: string | null;
}

@InputType()
export class MoveUnitInput {
  @Field(() => ID, { description: 'The organisation of this city that manages the unit from `from` on.' })
  parentId!: string;

  @Field({
    description:
      'Its first day under the new parent, YYYY-MM-DD: after the current parent’s first day, not after today.',
  })
  @CalendarDate()
  from!: string;

  @Field(() => String, { nullable: true, description: 'Why it moved, e.g. the decision number.' })
  @Note(2000)
  note?: string | null;
}
