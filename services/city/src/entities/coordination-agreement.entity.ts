import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { LocalDateResolver } from 'graphql-scalars';
import { AgreementKind } from './record-enums';

/** A chương trình / kế hoạch phối hợp (or a guidance or scheme it rests on) between bodies. */
@ObjectType()
@Entity('coordination_agreement')
export class CoordinationAgreement {
  @Field()
  cityCode!: string;

  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id!: string;

  @Field(() => String, { nullable: true, description: 'e.g. "05/CTPH-LĐLĐ-GDĐT"; null when unpublished.' })
  @Column({ type: 'varchar', length: 64, nullable: true })
  number!: string | null;

  @Field(() => AgreementKind)
  @Column({ type: 'varchar', length: 16 })
  kind!: AgreementKind;

  @Field()
  @Column({ type: 'varchar', length: 400 })
  title!: string;

  @Field(() => LocalDateResolver, { nullable: true })
  @Column({ name: 'signed_on', type: 'date', nullable: true })
  signedOn!: string | null;

  @Field(() => [String], { description: 'The bodies that are party to it, as named.' })
  @Column({ type: 'simple-json' })
  parties!: string[];

  @Field(() => Int, { nullable: true })
  @Column({ name: 'period_start_year', type: 'int', nullable: true })
  periodStartYear!: number | null;

  @Field(() => Int, { nullable: true })
  @Column({ name: 'period_end_year', type: 'int', nullable: true })
  periodEndYear!: number | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ name: 'sort_key', type: 'varchar', length: 255 })
  sortKey!: string;
}

/** A review (sơ kết, tổng kết) of an agreement and what it commended. */
@ObjectType()
@Entity('agreement_review')
export class AgreementReview {
  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id!: string;

  @Column({ name: 'agreement_id', type: 'varchar', length: 64 })
  agreementId!: string;

  @Field(() => LocalDateResolver, { nullable: true })
  @Column({ name: 'reviewed_on', type: 'date', nullable: true })
  reviewedOn!: string | null;

  @Field()
  @Column({ type: 'text' })
  summary!: string;

  @Column({ name: 'award_decision_ids', type: 'simple-json' })
  awardDecisionIds!: string[];
}
