import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { LocalDateResolver } from 'graphql-scalars';

/** draft → open for pledges → selecting → awarded → closed; cancelled from any state before awarded. */
export enum DriveStatus {
  DRAFT = 'DRAFT',
  OPEN = 'OPEN',
  SELECTING = 'SELECTING',
  AWARDED = 'AWARDED',
  CLOSED = 'CLOSED',
  CANCELLED = 'CANCELLED',
}
export enum PartyRole {
  ORGANISER = 'ORGANISER',
  CO_SPONSOR = 'CO_SPONSOR',
  BENEFICIARY = 'BENEFICIARY',
}
registerEnumType(DriveStatus, { name: 'DriveStatus' });
registerEnumType(PartyRole, { name: 'DrivePartyRole' });

/** A scholarship drive co-run by unions of one or several cities; money in whole VND. */
@ObjectType()
@Entity('scholarship_drive')
export class ScholarshipDrive {
  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id!: string;

  @Field()
  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  purpose!: string | null;

  @Field({ description: 'Who may be nominated, e.g. "vượt khó học giỏi".' })
  @Column({ type: 'varchar', length: 300 })
  criteria!: string;

  @Field(() => Int, { description: 'How many scholarships the drive gives.' })
  @Column({ type: 'int' })
  scholarships!: number;

  @Field(() => Int, { description: 'VND per scholarship.' })
  @Column({ name: 'amount_each', type: 'int' })
  amountEach!: number;

  @Field(() => DriveStatus)
  @Column({ type: 'varchar', length: 16 })
  status!: DriveStatus;

  @Field(() => LocalDateResolver, { nullable: true })
  @Column({ name: 'opens_on', type: 'date', nullable: true })
  opensOn!: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  @Column({ name: 'closes_on', type: 'date', nullable: true })
  closesOn!: string | null;

  @Field(() => String, { nullable: true, description: 'The exchange programme it belongs to, if any.' })
  @Column({ name: 'exchange_programme_id', type: 'varchar', length: 64, nullable: true })
  exchangeProgrammeId!: string | null;

  @Field(() => Int)
  @Column({ type: 'int', default: 1 })
  version!: number;

  @Field(() => LocalDateResolver, { nullable: true, description: 'When students’ personal data was erased.' })
  @Column({ name: 'personal_data_erased_on', type: 'date', nullable: true })
  personalDataErasedOn!: string | null;

  @Field({ description: 'True for the demo data set (its student records are invented).' })
  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo!: boolean;
}

/** An organiser, co-sponsor or beneficiary: a city's education union or one of its grassroots unions. */
@ObjectType()
@Entity('drive_party')
export class DriveParty {
  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id!: string;

  @Column({ name: 'drive_id', type: 'varchar', length: 64 })
  driveId!: string;

  @Field(() => PartyRole)
  @Column({ type: 'varchar', length: 16 })
  role!: PartyRole;

  @Field()
  @Column({ name: 'city_code', type: 'varchar', length: 8 })
  cityCode!: string;

  @Column({ name: 'organisation_id', type: 'varchar', length: 64, nullable: true })
  organisationId!: string | null;

  @Column({ name: 'unit_id', type: 'varchar', length: 64, nullable: true })
  unitId!: string | null;
}
