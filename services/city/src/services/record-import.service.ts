import { createHash } from 'node:crypto';
import { DataSource, EntityManager, ObjectLiteral } from 'typeorm';
import type { AuditTrail } from '../../../shared/src/audit-trail';
import { BadUserInputError } from '../../../shared/src/errors';
import { foldForSearch } from '../../../shared/src/vietnamese-text';
import type { AuditEntry } from '../entities/audit-entry.entity';
import { CampaignResult } from '../entities/campaign-result.entity';
import { GrassrootsUnion } from '../entities/grassroots-union.entity';
import { detectKind, IMPORT_COLUMNS, ImportKind, isHeaderRow, parseCell } from './import-columns';
import { ImportPlan, ImportProblem, ParsedRow, planResults, planUnits } from './import-plans';
import { readSpreadsheet } from './spreadsheet-reader';
import { keepParentPeriodsInStep } from './parent-period-sync';

export interface ImportReport {
  kind: ImportKind;
  fileName: string;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  problems: ImportProblem[];
  /** False when there were problems (nothing is written) or on a dry run. */
  applied: boolean;
}

export type ImportProgress = (phase: 'checked' | 'written', done: number, total: number) => void;

const CHUNK = 200;

/**
 * Imports the .xlsx or .csv files unions keep (units, or a year's campaign results): every row is
 * checked first and the report lists each problem by row and column; only a file without problems is
 * written, in one transaction. Rows are matched by natural key (a unit also by its school's or union's
 * name, folded), so importing a file again changes nothing.
 */
export class RecordImportService {
  constructor(
    private readonly db: DataSource,
    private readonly cityCode: string,
    private readonly audit: AuditTrail<AuditEntry>,
    private readonly onProgress: ImportProgress = () => {},
  ) {}

  async run(fileName: string, content: Buffer, options: { kind?: ImportKind | null; dryRun?: boolean } = {}) {
    const sheet = await readSpreadsheet(fileName, content, isHeaderRow(options.kind));
    const kind = options.kind ?? detectKind(sheet.headers);
    if (!kind) {
      throw new BadUserInputError(
        `${fileName}: the header row matches neither a units file (Tên trường, Cấp học, Đơn vị quản lý, Số đoàn viên) nor a results file (Cuộc vận động, Năm học, Đơn vị báo cáo)`,
        { argument: 'file' },
      );
    }
    const problems: ImportProblem[] = [];
    const specs = IMPORT_COLUMNS[kind];
    const folded = sheet.headers.map(foldForSearch);
    const position = new Map(
      specs.map((spec) => [spec.field, folded.findIndex((header) => spec.headers.includes(header))]),
    );
    const headerOf = (field: string) => sheet.headers[position.get(field) ?? -1] ?? field;
    for (const spec of specs) {
      if (spec.required && position.get(spec.field) === -1) {
        problems.push({
          row: sheet.headerRow,
          column: spec.field,
          message: `the column ${spec.field} is missing`,
        });
      }
    }
    const problem = (row: ParsedRow, field: string, message: string) =>
      problems.push({ row: row.rowNumber, column: headerOf(field), message });
    const rows: ParsedRow[] = sheet.rows.map(({ rowNumber, cells }, index) => {
      const row: ParsedRow = { rowNumber, values: {} };
      for (const spec of specs) {
        const parsed = parseCell(spec, cells[position.get(spec.field) ?? -1] ?? '');
        if ('problem' in parsed) problem(row, spec.field, parsed.problem);
        else row.values[spec.field] = parsed.value;
      }
      if ((index + 1) % 500 === 0) this.onProgress('checked', index + 1, sheet.rows.length);
      return row;
    });
    // Every row is checked against the records too, so that the report lists all problems at once.
    const plan = problems.some((p) => p.row === sheet.headerRow)
      ? { create: [], update: [], unchanged: 0 }
      : kind === 'UNITS'
        ? await planUnits(this.db, this.cityCode, rows, problem)
        : await planResults(this.db, this.cityCode, rows, problem);
    const columnOrder = (column: string) => sheet.headers.indexOf(column);
    problems.sort((a, b) => a.row - b.row || columnOrder(a.column) - columnOrder(b.column));
    const applied = problems.length === 0 && !options.dryRun;
    if (applied) await this.apply(kind, plan, fileName, content);
    const report = {
      kind,
      fileName,
      rows: rows.length,
      created: plan.create.length,
      updated: plan.update.length,
    };
    return { ...report, unchanged: plan.unchanged, problems, applied } satisfies ImportReport;
  }

  private async apply(kind: ImportKind, plan: ImportPlan<ObjectLiteral>, fileName: string, content: Buffer) {
    const entity = kind === 'UNITS' ? GrassrootsUnion : CampaignResult;
    const total = plan.create.length + plan.update.length;
    await this.db.transaction(async (manager: EntityManager) => {
      for (let start = 0; start < plan.create.length; start += CHUNK) {
        await manager.getRepository(entity).insert(plan.create.slice(start, start + CHUNK) as never[]);
        this.onProgress('written', Math.min(start + CHUNK, plan.create.length), total);
      }
      for (const [index, { id, changes }] of plan.update.entries()) {
        await manager
          .getRepository(entity)
          .update({ id }, { ...changes, version: () => 'version + 1' } as never);
        if ((index + 1) % CHUNK === 0) this.onProgress('written', plan.create.length + index + 1, total);
      }
      if (kind === 'UNITS') {
        const parentsSet = plan.update.filter(({ changes }) => 'managedById' in changes).map(({ id }) => id);
        await keepParentPeriodsInStep(manager, [
          ...plan.create.map((row) => row.id as string),
          ...parentsSet,
        ]);
      }
      if (total > 0) {
        const digest = createHash('sha256').update(content).digest('hex').slice(0, 16);
        await this.audit.record(manager, {
          operation: kind === 'UNITS' ? 'importUnits' : 'importCampaignResults',
          recordType: 'ImportFile',
          recordId: `${fileName.slice(0, 40)}#${digest}`,
        });
      }
    });
  }
}
