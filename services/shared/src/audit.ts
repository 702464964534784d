import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { Identity } from './identity';

/**
 * The columns of an audit entry. Each subgraph declares its own `audit_entry` entity on top of these
 * and writes entries in the transaction of the mutation they record.
 */
@ObjectType() // not emitted: only the subgraphs' subclasses are reachable
export abstract class AuditEntryColumns {
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Field({ description: 'When the change was made (UTC).' })
  @CreateDateColumn({ name: 'recorded_at', type: 'datetime' })
  recordedAt!: Date;

  @Field({ description: 'Token subject of whoever made the change.' })
  @Column({ name: 'actor_subject', type: 'varchar', length: 120 })
  actorSubject!: string;

  @Field()
  @Column({ name: 'actor_role', type: 'varchar', length: 24 })
  actorRole!: string;

  @Field(() => String, { nullable: true })
  @Column({ name: 'actor_city', type: 'varchar', length: 8, nullable: true })
  actorCity!: string | null;

  @Field({ description: 'The mutation, e.g. recordMember.' })
  @Column({ type: 'varchar', length: 64 })
  operation!: string;

  @Field()
  @Column({ name: 'record_type', type: 'varchar', length: 64 })
  recordType!: string;

  @Field()
  @Column({ name: 'record_id', type: 'varchar', length: 64 })
  recordId!: string;
}

export interface AuditFacts {
  operation: string;
  recordType: string;
  recordId: string;
}

/** The column values of an entry for `facts` done by `identity`. */
export function auditValues(identity: Identity, facts: AuditFacts) {
  return {
    actorSubject: identity.subject,
    actorRole: identity.role,
    actorCity: identity.cityCode ?? identity.unit?.cityCode ?? null,
    ...facts,
  };
}

/** The audit table's columns for a migration (same on every subgraph). */
export const AUDIT_TABLE_COLUMNS = [
  {
    name: 'id',
    type: 'integer',
    isPrimary: true,
    isGenerated: true,
    generationStrategy: 'increment' as const,
  },
  { name: 'recorded_at', type: 'datetime', default: 'CURRENT_TIMESTAMP' },
  { name: 'actor_subject', type: 'varchar', length: '120' },
  { name: 'actor_role', type: 'varchar', length: '24' },
  { name: 'actor_city', type: 'varchar', length: '8', isNullable: true },
  { name: 'operation', type: 'varchar', length: '64' },
  { name: 'record_type', type: 'varchar', length: '64' },
  { name: 'record_id', type: 'varchar', length: '64' },
];
