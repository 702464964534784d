import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import type { AuditTrail } from '../../../shared/src/audit-trail';
import { BadUserInputError, ConflictError } from '../../../shared/src/errors';
import { schoolYearArgument } from '../../../shared/src/school-year';
import { updateAtVersion } from '../../../shared/src/versioned-update';
import { foldForSearch, vietnameseSortKey } from '../../../shared/src/vietnamese-text';
import type { AuditEntry } from '../entities/audit-entry.entity';
import { AwardDecision } from '../entities/award-decision.entity';
import { Campaign } from '../entities/campaign.entity';
import { CampaignResult, RESULT_FIGURES } from '../entities/campaign-result.entity';
import { GrassrootsUnion } from '../entities/grassroots-union.entity';
import { Initiative } from '../entities/initiative.entity';
import { Organisation } from '../entities/organisation.entity';
import { RecordStatus } from '../entities/record-enums';
import { Training } from '../entities/training.entity';
import type {
  AwardDecisionInput,
  CampaignResultInput,
  InitiativeInput,
  TrainingInput,
} from '../resolvers/record-inputs';

const nfc = (text: string | null | undefined) => text?.trim().normalize('NFC') || null;

/** Recording a city's results, awards, initiatives and trainings; every change audited in its transaction. */
export class RecordEditorService {
  constructor(
    private readonly db: DataSource,
    private readonly cityCode: string,
    private readonly audit: AuditTrail<AuditEntry>,
    private readonly initiativeGrades: string[],
  ) {}

  /**
   * Records a campaign result, or replaces the one already reported by the same body for the same
   * year when `version` is the one the caller read. Implausible figures are kept (see warnings).
   */
  async recordCampaignResult(input: CampaignResultInput, version?: number | null): Promise<CampaignResult> {
    const id = `${input.campaignCode}:${schoolYearArgument(input.schoolYear, 'input.schoolYear')}:${input.reportedById}`;
    const { campaignCode, schoolYear, reportedById } = input;
    // A result is replaced whole: a figure left out of the new report is no longer reported.
    const values = Object.fromEntries(
      RESULT_FIGURES.map((name) => [name, input[name] ?? null]),
    ) as Partial<CampaignResult>;
    values.highlights = nfc(input.highlights);
    await this.db.transaction(async (manager) => {
      await this.mustExist(
        manager,
        Campaign,
        { code: campaignCode },
        `campaign ${campaignCode}`,
        'input.campaignCode',
      );
      await this.mustExist(
        manager,
        Organisation,
        { id: reportedById },
        `organisation ${reportedById}`,
        'input.reportedById',
      );
      const existing = await manager.getRepository(CampaignResult).findOneBy({ id });
      if (!existing) {
        await manager
          .getRepository(CampaignResult)
          .insert({ id, campaignCode, schoolYear, reportedById, ...values, version: 1, isDemo: false });
      } else if (version === undefined || version === null) {
        throw new ConflictError(
          `A result of ${campaignCode} for ${schoolYear} is already recorded; send its version to replace it`,
          {
            argument: 'version',
            currentVersion: existing.version,
          },
        );
      } else {
        await updateAtVersion(manager, CampaignResult, id, version, values, 'Campaign result');
      }
      await this.audit.record(manager, {
        operation: 'recordCampaignResult',
        recordType: 'CampaignResult',
        recordId: id,
      });
    });
    return this.tagged(await this.db.getRepository(CampaignResult).findOneByOrFail({ id }));
  }

  async recordAwardDecision(input: AwardDecisionInput): Promise<AwardDecision> {
    schoolYearArgument(input.schoolYear, 'input.schoolYear');
    const id = randomUUID();
    await this.db.transaction(async (manager) => {
      if (input.recipientUnitId) {
        await this.mustExist(
          manager,
          GrassrootsUnion,
          { id: input.recipientUnitId },
          `grassroots union ${input.recipientUnitId}`,
          'input.recipientUnitId',
        );
      }
      if (input.scopeOrganisationId) {
        await this.mustExist(
          manager,
          Organisation,
          { id: input.scopeOrganisationId },
          `organisation ${input.scopeOrganisationId}`,
          'input.scopeOrganisationId',
        );
      }
      await manager.getRepository(AwardDecision).insert({
        ...input,
        id,
        recipientName: nfc(input.recipientName),
        recipientUnitId: input.recipientUnitId ?? null,
        scopeOrganisationId: input.scopeOrganisationId ?? null,
        decisionNumber: nfc(input.decisionNumber),
        decisionDate: input.decisionDate ?? null,
        note: nfc(input.note),
        status: RecordStatus.ACTIVE,
        version: 1,
        isDemo: false,
      });
      await this.audit.record(manager, {
        operation: 'recordAwardDecision',
        recordType: 'AwardDecision',
        recordId: id,
      });
    });
    return this.tagged(await this.db.getRepository(AwardDecision).findOneByOrFail({ id }));
  }

  /** A revoked decision stays on record (status REVOKED, with the reason) and leaves every tally. */
  async revokeAwardDecision(id: string, version: number, reason: string): Promise<AwardDecision> {
    await this.db.transaction(async (manager) => {
      const note = `Revoked: ${reason.trim().normalize('NFC')}`;
      await updateAtVersion(
        manager,
        AwardDecision,
        id,
        version,
        { status: RecordStatus.REVOKED, note },
        'Award decision',
      );
      await this.audit.record(manager, {
        operation: 'revokeAwardDecision',
        recordType: 'AwardDecision',
        recordId: id,
      });
    });
    return this.tagged(await this.db.getRepository(AwardDecision).findOneByOrFail({ id }));
  }

  async recordInitiative(input: InitiativeInput): Promise<Initiative> {
    schoolYearArgument(input.schoolYear, 'input.schoolYear');
    if (input.grade && !this.initiativeGrades.includes(input.grade)) {
      throw new BadUserInputError(`grade must be one of ${this.initiativeGrades.join(', ')}`, {
        argument: 'input.grade',
      });
    }
    const id = randomUUID();
    const title = nfc(input.title) as string;
    await this.db.transaction(async (manager) => {
      if (input.unitId)
        await this.mustExist(
          manager,
          GrassrootsUnion,
          { id: input.unitId },
          `grassroots union ${input.unitId}`,
          'input.unitId',
        );
      await manager.getRepository(Initiative).insert({
        ...input,
        id,
        title,
        authorName: nfc(input.authorName) as string,
        unitId: input.unitId ?? null,
        grade: input.grade ?? null,
        isDemo: false,
        searchText: foldForSearch(`${title} ${input.authorName}`),
        sortKey: vietnameseSortKey(title),
      });
      await this.audit.record(manager, {
        operation: 'recordInitiative',
        recordType: 'Initiative',
        recordId: id,
      });
    });
    return this.tagged(await this.db.getRepository(Initiative).findOneByOrFail({ id }));
  }

  async recordTraining(input: TrainingInput): Promise<Training> {
    schoolYearArgument(input.schoolYear, 'input.schoolYear');
    const id = randomUUID();
    await this.db.transaction(async (manager) => {
      await this.mustExist(
        manager,
        Organisation,
        { id: input.organiserId },
        `organisation ${input.organiserId}`,
        'input.organiserId',
      );
      await manager.getRepository(Training).insert({
        ...input,
        id,
        title: nfc(input.title) as string,
        heldOn: input.heldOn ?? null,
        isDemo: false,
      });
      await this.audit.record(manager, { operation: 'recordTraining', recordType: 'Training', recordId: id });
    });
    return this.tagged(await this.db.getRepository(Training).findOneByOrFail({ id }));
  }

  private async mustExist(
    manager: EntityManager,
    entity: new () => object,
    where: object,
    what: string,
    argument: string,
  ) {
    if (!(await manager.getRepository(entity).existsBy(where as never))) {
      throw new BadUserInputError(`There is no ${what}`, { argument });
    }
  }

  private tagged<T extends { cityCode: string }>(row: T): T {
    row.cityCode = this.cityCode;
    return row;
  }
}
