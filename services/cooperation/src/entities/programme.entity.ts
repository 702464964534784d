import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { StoredDate } from './stored-date';

export enum ProgrammeKind {
  EXPERIENCE_SHARING = 'EXPERIENCE_SHARING',
  STUDY_VISIT = 'STUDY_VISIT',
  JOINT_TRAINING = 'JOINT_TRAINING',
  JOINT_EVENT = 'JOINT_EVENT',
}
export enum ProgrammeStatus {
  PLANNED = 'PLANNED',
  HELD = 'HELD',
  CANCELLED = 'CANCELLED',
}
export enum FollowUpStatus {
  OPEN = 'OPEN',
  DONE = 'DONE',
  DROPPED = 'DROPPED',
}
registerEnumType(ProgrammeKind, { name: 'ProgrammeKind' });
registerEnumType(ProgrammeStatus, { name: 'ProgrammeStatus' });
registerEnumType(FollowUpStatus, { name: 'FollowUpStatus' });

/** An exchange between city unions: a delegation visit, a study visit, a joint training or event. */
@ObjectType()
@Entity('exchange_programme')
export class ExchangeProgramme {
  @Field(() => ID) @PrimaryColumn({ type: 'varchar', length: 64 }) id!: string;
  @Field() @Column({ type: 'varchar', length: 400 }) title!: string;
  @Field(() => ProgrammeKind) @Column({ type: 'varchar', length: 24 }) kind!: ProgrammeKind;
  @Field({ description: 'The city that hosts it.' })
  @Column({ name: 'host_city', type: 'varchar', length: 8 })
  hostCity!: string;
  @Field(() => [String], { description: 'Every city taking part, the host included.' })
  @Column({ name: 'city_codes', type: 'simple-json' })
  cityCodes!: string[];
  @StoredDate() @Column({ name: 'starts_on', type: 'date' }) startsOn!: string;
  @StoredDate() @Column({ name: 'ends_on', type: 'date' }) endsOn!: string;
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: 255, nullable: true }) place!:
    string | null;
  @Field(() => ProgrammeStatus) @Column({ type: 'varchar', length: 16 }) status!: ProgrammeStatus;
  @Field(() => [String], { description: 'Codes of catalog campaigns on the agenda.' })
  @Column({ name: 'agenda_campaigns', type: 'simple-json' })
  agendaCampaigns!: string[];
  @Field(() => [String], { description: 'What came of it.' })
  @Column({ type: 'simple-json' })
  outcomes!: string[];
  @Field() @Column({ name: 'is_demo', type: 'boolean', default: false }) isDemo!: boolean;
}

/** One member of a city's delegation; a leader of the city's records where there is one. */
@ObjectType()
@Entity('delegation_member')
export class DelegationMember {
  @Field(() => ID) @PrimaryColumn({ type: 'varchar', length: 64 }) id!: string;
  @Column({ name: 'programme_id', type: 'varchar', length: 64 }) programmeId!: string;
  @Field() @Column({ name: 'city_code', type: 'varchar', length: 8 }) cityCode!: string;
  @Field() @Column({ name: 'full_name', type: 'varchar', length: 120 }) fullName!: string;
  @Field({ description: 'e.g. "Chủ tịch", "Ủy viên Ban Chấp hành".' })
  @Column({ type: 'varchar', length: 120 })
  position!: string;
  @Field({ description: 'Co-chairs the programme.' })
  @Column({ name: 'co_chair', type: 'boolean', default: false })
  coChair!: boolean;
  @Column({ name: 'leader_id', type: 'varchar', length: 64, nullable: true }) leaderId!: string | null;
  @Column({ name: 'organisation_id', type: 'varchar', length: 64, nullable: true }) organisationId!:
    string | null;
}

/** A grassroots union the programme visited. */
@Entity('programme_visit')
export class ProgrammeVisit {
  @PrimaryColumn({ name: 'programme_id', type: 'varchar', length: 64 }) programmeId!: string;
  @PrimaryColumn({ name: 'city_code', type: 'varchar', length: 8 }) cityCode!: string;
  @PrimaryColumn({ name: 'unit_id', type: 'varchar', length: 64 }) unitId!: string;
}

@ObjectType()
@Entity('follow_up_action')
export class FollowUpAction {
  @Field(() => ID) @PrimaryColumn({ type: 'varchar', length: 64 }) id!: string;
  @Column({ name: 'programme_id', type: 'varchar', length: 64 }) programmeId!: string;
  @Field() @Column({ type: 'text' }) action!: string;
  @Field({ description: 'The city of the owner unit.' })
  @Column({ name: 'owner_city', type: 'varchar', length: 8 })
  ownerCity!: string;
  @Column({ name: 'owner_organisation_id', type: 'varchar', length: 64, nullable: true })
  ownerOrganisationId!: string | null;
  @Column({ name: 'owner_unit_id', type: 'varchar', length: 64, nullable: true }) ownerUnitId!: string | null;
  @StoredDate() @Column({ name: 'due_on', type: 'date' }) dueOn!: string;
  @Field(() => FollowUpStatus) @Column({ type: 'varchar', length: 16 }) status!: FollowUpStatus;
}

@ObjectType()
@Entity('partnership_activity')
export class PartnershipActivity {
  @Field(() => ID) @PrimaryColumn({ type: 'varchar', length: 64 }) id!: string;
  @Column({ name: 'partnership_id', type: 'varchar', length: 64 }) partnershipId!: string;
  @StoredDate() @Column({ name: 'held_on', type: 'date' }) heldOn!: string;
  @Field({ description: 'e.g. "Sinh hoạt chuyên môn chung", "Tặng quà".' })
  @Column({ type: 'varchar', length: 120 })
  kind!: string;
  @Field(() => Int) @Column({ type: 'int' }) participants!: number;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) note!: string | null;
}
