import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { LocalDateResolver } from 'graphql-scalars';
import { StoredDate } from './stored-date';

/*
 * A client's idempotency key belongs to the actor who sent it (the token's subject) and to one
 * operation (each money table is one operation): `idempotencyActor` is that subject, null for rows
 * not written by a client request (the demo loader). Unique per (actor, key), see the migration.
 */

export enum PledgeStatus {
  PLEDGED = 'PLEDGED',
  RECEIVED = 'RECEIVED',
  WITHDRAWN = 'WITHDRAWN',
}
export enum NominationStatus {
  NOMINATED = 'NOMINATED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}
export enum DisbursementMethod {
  CASH = 'CASH',
  BANK_TRANSFER = 'BANK_TRANSFER',
}
/** How the guardian gave consent: the evidence an organiser would look for if asked. */
export enum ConsentMethod {
  SIGNED_FORM = 'SIGNED_FORM',
  IN_PERSON = 'IN_PERSON',
  PHONE = 'PHONE',
  ELECTRONIC = 'ELECTRONIC',
}
registerEnumType(PledgeStatus, { name: 'PledgeStatus' });
registerEnumType(NominationStatus, { name: 'NominationStatus' });
registerEnumType(DisbursementMethod, { name: 'DisbursementMethod' });
registerEnumType(ConsentMethod, {
  name: 'ConsentMethod',
  description: 'How the parent or guardian consented to the nomination.',
  valuesConfig: {
    SIGNED_FORM: {
      description: 'A consent form signed by the guardian (giấy đồng ý có chữ ký), kept by the unit.',
    },
    IN_PERSON: {
      description: 'Given in person at the school to the nominating officer (trực tiếp tại trường).',
    },
    PHONE: { description: 'Given by telephone to the nominating officer (qua điện thoại).' },
    ELECTRONIC: {
      description:
        'A written message or e-signed document from the guardian (văn bản điện tử: email, Zalo, …).',
    },
  },
});

@ObjectType()
@Entity('pledge')
export class Pledge {
  @Field(() => ID) @PrimaryColumn({ type: 'varchar', length: 64 }) id!: string;
  @Column({ name: 'drive_id', type: 'varchar', length: 64 }) driveId!: string;
  @Column({ name: 'sponsor_party_id', type: 'varchar', length: 64 }) sponsorPartyId!: string;
  @Field(() => Int, { description: 'VND pledged.' }) @Column({ type: 'int' }) amount!: number;
  @StoredDate() @Column({ name: 'pledged_on', type: 'date' }) pledgedOn!: string;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) note!: string | null;
  @Field(() => Int, { description: 'VND received so far.' })
  @Column({ name: 'received_amount', type: 'int', default: 0 })
  receivedAmount!: number;
  @Field(() => LocalDateResolver, { nullable: true })
  @Column({ name: 'received_on', type: 'date', nullable: true })
  receivedOn!: string | null;
  @Field(() => PledgeStatus) @Column({ type: 'varchar', length: 16 }) status!: PledgeStatus;
  @Column({ name: 'idempotency_key', type: 'varchar', length: 100, nullable: true }) idempotencyKey!:
    string | null;
  @Column({ name: 'idempotency_actor', type: 'varchar', length: 120, nullable: true })
  idempotencyActor?: string | null;
}

/** A student nominated by a beneficiary unit. Personal data of a minor: see the resolver's rules. */
@ObjectType()
@Entity('nomination')
export class Nomination {
  @Field(() => ID) @PrimaryColumn({ type: 'varchar', length: 64 }) id!: string;
  @Column({ name: 'drive_id', type: 'varchar', length: 64 }) driveId!: string;
  @Column({ name: 'beneficiary_party_id', type: 'varchar', length: 64 }) beneficiaryPartyId!: string;
  @Column({ name: 'student_name', type: 'varchar', length: 120, nullable: true }) studentName!: string | null;
  @Field({ description: 'Initials only, e.g. "N.T.H.": what everyone may see.' })
  @Column({ type: 'varchar', length: 20 })
  initials!: string;
  @Column({ name: 'birth_year', type: 'int', nullable: true }) birthYear!: number | null;
  @Column({ name: 'school_name', type: 'varchar', length: 255, nullable: true }) schoolName!: string | null;
  @Column({ name: 'grade_label', type: 'varchar', length: 20, nullable: true }) gradeLabel!: string | null;
  @Column({ type: 'text', nullable: true }) circumstances!: string | null;
  @Column({ type: 'text', nullable: true }) achievements!: string | null;
  @Column({ name: 'guardian_name', type: 'varchar', length: 120, nullable: true }) guardianName!:
    string | null;
  @Column({ name: 'guardian_consent_on', type: 'date', nullable: true }) guardianConsentOn!: string | null;
  /** Null only for nominations recorded before the method was asked for. */
  @Column({ name: 'guardian_consent_method', type: 'varchar', length: 16, nullable: true })
  guardianConsentMethod!: ConsentMethod | null;
  @Field(() => NominationStatus) @Column({ type: 'varchar', length: 16 }) status!: NominationStatus;
  @Field() @Column({ name: 'is_demo', type: 'boolean', default: false }) isDemo!: boolean;
}

@ObjectType('DriveScholarship', { description: 'A scholarship awarded to one approved student.' })
@Entity('scholarship_award')
export class ScholarshipAward {
  @Field(() => ID) @PrimaryColumn({ type: 'varchar', length: 64 }) id!: string;
  @Column({ name: 'drive_id', type: 'varchar', length: 64 }) driveId!: string;
  @Column({ name: 'nomination_id', type: 'varchar', length: 64 }) nominationId!: string;
  @Field(() => Int) @Column({ type: 'int' }) amount!: number;
  @StoredDate() @Column({ name: 'awarded_on', type: 'date' }) awardedOn!: string;
}

@ObjectType()
@Entity('disbursement')
export class Disbursement {
  @Field(() => ID) @PrimaryColumn({ type: 'varchar', length: 64 }) id!: string;
  @Column({ name: 'drive_id', type: 'varchar', length: 64 }) driveId!: string;
  @Column({ name: 'award_id', type: 'varchar', length: 64 }) awardId!: string;
  @Field(() => Int) @Column({ type: 'int' }) amount!: number;
  @StoredDate() @Column({ name: 'paid_on', type: 'date' }) paidOn!: string;
  @Field(() => DisbursementMethod) @Column({ type: 'varchar', length: 16 }) method!: DisbursementMethod;
  /** Personal data: read through DisbursementResolver.acknowledgedBy, never as a plain field. */
  @Column({ name: 'acknowledged_by', type: 'varchar', length: 120, nullable: true })
  acknowledgedBy!: string | null;
  @Column({ name: 'idempotency_key', type: 'varchar', length: 100, nullable: true }) idempotencyKey!:
    string | null;
  @Column({ name: 'idempotency_actor', type: 'varchar', length: 120, nullable: true })
  idempotencyActor?: string | null;
}

/** Money received against a pledge; the pledge's receivedAmount is the sum of these. */
@ObjectType()
@Entity('pledge_receipt')
export class PledgeReceipt {
  @Field(() => ID) @PrimaryColumn({ type: 'varchar', length: 64 }) id!: string;
  @Column({ name: 'drive_id', type: 'varchar', length: 64 }) driveId!: string;
  @Column({ name: 'pledge_id', type: 'varchar', length: 64 }) pledgeId!: string;
  @Field(() => Int) @Column({ type: 'int' }) amount!: number;
  @StoredDate() @Column({ name: 'received_on', type: 'date' }) receivedOn!: string;
  @Column({ name: 'idempotency_key', type: 'varchar', length: 100, nullable: true }) idempotencyKey!:
    string | null;
  @Column({ name: 'idempotency_actor', type: 'varchar', length: 120, nullable: true })
  idempotencyActor?: string | null;
}
