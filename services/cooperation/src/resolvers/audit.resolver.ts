import { Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { connectionTypes, PageArgs } from '../../../shared/src/pagination';
import { AuditEntry } from '../entities/audit-entry.entity';
import { CooperationAccess } from '../services/cooperation-access';
import type { CooperationContext } from '../services/cooperation-context';

const { ConnectionType: AuditEntryConnection } = connectionTypes(AuditEntry, 'HubAuditEntry');

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Authorized(CooperationAccess.HUB_ADMIN)
  @Query(() => AuditEntryConnection, {
    nullable: true,
    description: 'Changes to the hub’s records, newest first.',
  })
  hubAuditTrail(@Args() page: PageArgs, @Ctx() ctx: CooperationContext) {
    return ctx.audit.list(page);
  }
}
