import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { StoredDate } from './stored-date';

export enum PartnershipStatus {
  ACTIVE = 'ACTIVE',
  ENDED = 'ENDED',
}
registerEnumType(PartnershipStatus, { name: 'PartnershipStatus' });

/** Two grassroots unions, in the same city or in different ones, that twin with each other. */
@ObjectType()
@Entity('school_partnership')
export class SchoolPartnership {
  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id!: string;

  @Column({ name: 'unit_a_city', type: 'varchar', length: 8 })
  unitACity!: string;

  @Column({ name: 'unit_a_id', type: 'varchar', length: 64 })
  unitAId!: string;

  @Column({ name: 'unit_b_city', type: 'varchar', length: 8 })
  unitBCity!: string;

  @Column({ name: 'unit_b_id', type: 'varchar', length: 64 })
  unitBId!: string;

  @Field(() => String, { nullable: true, description: 'The movement the twinning belongs to, if any.' })
  @Column({ name: 'movement_code', type: 'varchar', length: 64, nullable: true })
  movementCode!: string | null;

  @StoredDate()
  @Column({ name: 'started_on', type: 'date' })
  startedOn!: string;

  @Field(() => PartnershipStatus)
  @Column({ type: 'varchar', length: 16 })
  status!: PartnershipStatus;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Field({ description: 'True for invented fill-in records of the demo data set.' })
  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo!: boolean;

  @Column({ name: 'sort_key', type: 'varchar', length: 255 })
  sortKey!: string;
}
