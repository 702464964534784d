import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn, VersionColumn } from 'typeorm';

/** The figures of a result, all optional: a report gives what it gives. */
export const RESULT_FIGURES = [
  'participants',
  'participatingUnits',
  'initiativesSubmitted',
  'initiativesGraded',
  'initiativesGradeA',
  'target',
  'achievementPercent',
  'collectivesCommended',
  'individualsCommended',
] as const;

/**
 * What a city (or one of its federations) reported for a campaign in a school year. Figures are kept
 * as reported; implausible ones are flagged by `dataQualityWarnings`, never corrected.
 */
@Directive('@key(fields: "cityCode id")')
@ObjectType()
@Entity('campaign_result')
export class CampaignResult {
  @Field()
  cityCode!: string;

  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 140 })
  id!: string;

  @Field()
  @Column({ name: 'campaign_code', type: 'varchar', length: 64 })
  campaignCode!: string;

  @Field({ description: 'e.g. "2022-2023".' })
  @Column({ name: 'school_year', type: 'varchar', length: 9 })
  schoolYear!: string;

  @Column({ name: 'reported_by_id', type: 'varchar', length: 64 })
  reportedById!: string;

  @Field(() => Int, { nullable: true })
  @Column({ type: 'int', nullable: true })
  participants!: number | null;

  @Field(() => Int, { nullable: true })
  @Column({ name: 'participating_units', type: 'int', nullable: true })
  participatingUnits!: number | null;

  @Field(() => Int, { nullable: true })
  @Column({ name: 'initiatives_submitted', type: 'int', nullable: true })
  initiativesSubmitted!: number | null;

  @Field(() => Int, { nullable: true })
  @Column({ name: 'initiatives_graded', type: 'int', nullable: true })
  initiativesGraded!: number | null;

  @Field(() => Int, { nullable: true })
  @Column({ name: 'initiatives_grade_a', type: 'int', nullable: true })
  initiativesGradeA!: number | null;

  @Field(() => Int, { nullable: true, description: 'The planned target, in the unit the campaign counts.' })
  @Column({ type: 'int', nullable: true })
  target!: number | null;

  @Field(() => Int, { nullable: true, description: 'Achievement against target, in percent, as reported.' })
  @Column({ name: 'achievement_percent', type: 'int', nullable: true })
  achievementPercent!: number | null;

  @Field(() => Int, { nullable: true })
  @Column({ name: 'collectives_commended', type: 'int', nullable: true })
  collectivesCommended!: number | null;

  @Field(() => Int, { nullable: true })
  @Column({ name: 'individuals_commended', type: 'int', nullable: true })
  individualsCommended!: number | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  highlights!: string | null;

  @Field(() => Int, { description: 'Send it back with an update; a stale version is a CONFLICT.' })
  @VersionColumn({ default: 1 })
  version!: number;

  @Field({ description: 'True for invented fill-in figures of the demo data set.' })
  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo!: boolean;
}
