import { ObjectType } from 'type-graphql';
import { Entity } from 'typeorm';
import { AuditEntryColumns } from '../../../shared/src/audit';

@ObjectType('HubAuditEntry', {
  description: 'One change to the hub’s records: who, when, what, which record.',
})
@Entity('audit_entry')
export class AuditEntry extends AuditEntryColumns {}
