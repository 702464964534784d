import { Arg, Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { connectionTypes, PageArgs } from '../../../shared/src/pagination';
import { AuditEntry } from '../entities/audit-entry.entity';
import { CityAccess } from '../services/city-access';
import type { CityContext } from '../services/city-context';

const { ConnectionType: AuditEntryConnection } = connectionTypes(AuditEntry, 'CityAuditEntry');

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Authorized(CityAccess.OWN_CITY_OFFICER)
  @Query(() => AuditEntryConnection, {
    nullable: true,
    description: 'Changes to this city’s records, newest first.',
  })
  cityAuditTrail(@Arg('cityCode') cityCode: string, @Args() page: PageArgs, @Ctx() ctx: CityContext) {
    ctx.assertOwnCity(cityCode);
    return ctx.audit.list(page);
  }
}
