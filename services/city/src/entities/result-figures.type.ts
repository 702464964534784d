import { Field, Int, ObjectType } from 'type-graphql';

/** The figures of a campaign report, as every type that carries them declares them (all optional). */
@ObjectType({ description: 'Never in the schema itself: its subclasses carry its fields.' })
export abstract class ResultFigureFields {
  @Field(() => Int, { nullable: true }) participants!: number | null;
  @Field(() => Int, { nullable: true }) participatingUnits!: number | null;
  @Field(() => Int, { nullable: true }) initiativesSubmitted!: number | null;
  @Field(() => Int, { nullable: true }) initiativesGraded!: number | null;
  @Field(() => Int, { nullable: true }) initiativesGradeA!: number | null;
  @Field(() => Int, { nullable: true }) target!: number | null;
  @Field(() => Int, { nullable: true }) achievementPercent!: number | null;
  @Field(() => Int, { nullable: true }) collectivesCommended!: number | null;
  @Field(() => Int, { nullable: true }) individualsCommended!: number | null;
}
