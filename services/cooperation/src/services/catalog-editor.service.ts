import { DataSource, In } from 'typeorm';
import type { AuditTrail } from '../../../shared/src/audit-trail';
import { BadUserInputError, ConflictError } from '../../../shared/src/errors';
import { foldForSearch, vietnameseSortKey } from '../../../shared/src/vietnamese-text';
import type { AuditEntry } from '../entities/audit-entry.entity';
import {
  CampaignScope,
  CatalogCampaign,
  CatalogCampaignKind,
  EditionRow,
  JointCampaign,
} from '../entities/catalog.entity';
import { MemberCity } from '../entities/member-city.entity';
import { UnregisteredCityError } from '../errors/cooperation-errors';
import type { CooperationLoaders } from '../loaders/cooperation-loaders';
import { CatalogService } from './catalog.service';
import { periodArgument } from './comparison.service';
import { launcherCodeReader } from './national-body-writer.service';

export interface CampaignInput {
  code: string;
  name: string;
  kind: CatalogCampaignKind;
  launchedBy?: string | null;
  /** The national body that launched it; without one, read from `launchedBy` when that names one. */
  launchedByOrganisationCode?: string | null;
  scope: CampaignScope;
  startYear?: number | null;
  description?: string | null;
}

/** Hub administrators' changes to the catalog; each one audited in its transaction. */
export class CatalogEditorService {
  constructor(
    private readonly db: DataSource,
    private readonly loaders: CooperationLoaders,
    private readonly audit: AuditTrail<AuditEntry>,
  ) {}

  async saveCampaign(input: CampaignInput): Promise<CatalogCampaign> {
    const name = input.name.trim().normalize('NFC');
    const launchedBy = input.launchedBy?.trim().normalize('NFC') || null;
    const row = {
      code: input.code,
      name,
      kind: input.kind,
      launchedBy,
      launcherCode: await this.launcherCode(input.launchedByOrganisationCode, launchedBy),
      scope: input.scope,
      startYear: input.startYear ?? null,
      description: input.description?.trim().normalize('NFC') || null,
      searchText: foldForSearch(`${input.code} ${name}`),
      sortKey: vietnameseSortKey(name),
    };
    await this.db.transaction(async (manager) => {
      await manager.getRepository(CatalogCampaign).upsert(row, ['code']);
      await this.audit.record(manager, {
        operation: 'saveCampaign',
        recordType: 'Campaign',
        recordId: input.code,
      });
    });
    this.loaders.campaignByCode.clear(input.code);
    return (await this.loaders.campaignByCode.load(input.code)) as CatalogCampaign;
  }

  async addEdition(campaignCode: string, periodInput: string) {
    const period = periodArgument(periodInput);
    await this.db.transaction(async (manager) => {
      await this.mustHaveCampaign(campaignCode);
      if (await manager.getRepository(EditionRow).existsBy({ campaignCode, period })) {
        throw new ConflictError(`${campaignCode} already has an edition for ${period}`, {
          argument: 'period',
        });
      }
      await manager
        .getRepository(EditionRow)
        .insert({ campaignCode, period, periodKind: CatalogService.periodKindOf(period) });
      await this.audit.record(manager, {
        operation: 'addCampaignEdition',
        recordType: 'CampaignEdition',
        recordId: `${campaignCode}:${period}`,
      });
    });
    return { campaignCode, period, periodKind: CatalogService.periodKindOf(period) };
  }

  /** Replaces the cities that agreed to compare a campaign (an empty list: every city). */
  async setJointCities(campaignCode: string, cityCodes: string[]): Promise<CatalogCampaign> {
    const campaign = await this.mustHaveCampaign(campaignCode);
    const registered = await this.db.getRepository(MemberCity).findBy({ code: In(cityCodes) });
    const missing = cityCodes.find((code) => !registered.some((city) => city.code === code));
    if (missing) throw new UnregisteredCityError(missing, 'cityCodes');
    await this.db.transaction(async (manager) => {
      await manager.getRepository(JointCampaign).delete({ campaignCode });
      if (cityCodes.length)
        await manager
          .getRepository(JointCampaign)
          .insert(cityCodes.map((cityCode) => ({ campaignCode, cityCode })));
      await this.audit.record(manager, {
        operation: 'setJointCities',
        recordType: 'Campaign',
        recordId: campaignCode,
      });
    });
    this.loaders.jointCitiesByCampaign.clear(campaignCode);
    return campaign;
  }

  /** The national body named by code (refused if unknown, before anything is written), else by the text. */
  private async launcherCode(code: string | null | undefined, launchedBy: string | null) {
    if (!code) return (await launcherCodeReader(this.db.manager))(launchedBy);
    if (!(await this.loaders.nationalOrganisationByCode.load(code))) {
      throw new BadUserInputError(`There is no national body ${code}; nationalOrganisations lists them`, {
        argument: 'input.launchedByOrganisationCode',
      });
    }
    return code;
  }

  private async mustHaveCampaign(code: string): Promise<CatalogCampaign> {
    const campaign = await this.loaders.campaignByCode.load(code);
    if (!campaign)
      throw new BadUserInputError(`There is no campaign ${code} in the catalog`, {
        argument: 'campaignCode',
      });
    return campaign;
  }
}
