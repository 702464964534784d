import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn, VersionColumn } from 'typeorm';
import { LocalDateResolver } from 'graphql-scalars';
import { AwardKind, IssuerLevel, RecipientType, RecordStatus } from './record-enums';

/** One award decision (quyết định khen thưởng); one decision may cover many recipients. */
@ObjectType()
@Entity('award_decision')
export class AwardDecision {
  @Field()
  cityCode!: string;

  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id!: string;

  @Field()
  @Column({ name: 'school_year', type: 'varchar', length: 9 })
  schoolYear!: string;

  @Field(() => AwardKind)
  @Column({ type: 'varchar', length: 32 })
  kind!: AwardKind;

  @Field(() => IssuerLevel)
  @Column({ name: 'issuer_level', type: 'varchar', length: 40 })
  issuerLevel!: IssuerLevel;

  @Field(() => RecipientType)
  @Column({ name: 'recipient_type', type: 'varchar', length: 16 })
  recipientType!: RecipientType;

  @Field(() => Int, { description: 'How many collectives or individuals the decision covers.' })
  @Column({ name: 'recipient_count', type: 'int' })
  recipientCount!: number;

  @Field(() => String, { nullable: true, description: 'Named recipient, when the decision names one.' })
  @Column({ name: 'recipient_name', type: 'varchar', length: 255, nullable: true })
  recipientName!: string | null;

  @Column({ name: 'recipient_unit_id', type: 'varchar', length: 64, nullable: true })
  recipientUnitId!: string | null;

  @Column({ name: 'scope_organisation_id', type: 'varchar', length: 64, nullable: true })
  scopeOrganisationId!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'decision_number', type: 'varchar', length: 64, nullable: true })
  decisionNumber!: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  @Column({ name: 'decision_date', type: 'date', nullable: true })
  decisionDate!: string | null;

  @Field(() => RecordStatus)
  @Column({ type: 'varchar', length: 16 })
  status!: RecordStatus;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Field(() => Int)
  @VersionColumn({ default: 1 })
  version!: number;

  @Field()
  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo!: boolean;
}
