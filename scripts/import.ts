import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { readCityConfig } from '../services/city/src/config';
import { openCityDatabase } from '../services/city/src/database';
import { AuditEntry } from '../services/city/src/entities/audit-entry.entity';
import type { ImportKind } from '../services/city/src/services/import-columns';
import { RecordImportService } from '../services/city/src/services/record-import.service';
import { AuditTrail } from '../services/shared/src/audit-trail';

/**
 * `npm run import -- --city HN --file units.xlsx [--kind units|results] [--dry-run]`: imports into the
 * city's database (DATABASE_URL, or its embedded file), as the city's officer at this terminal.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      city: { type: 'string' },
      file: { type: 'string' },
      kind: { type: 'string' },
      'dry-run': { type: 'boolean' },
    },
  });
  if (!values.city || !values.file)
    throw new Error('Usage: npm run import -- --city HN --file <path.xlsx|path.csv>');
  const kind = values.kind ? (values.kind.toUpperCase() as ImportKind) : undefined;
  if (kind && kind !== 'UNITS' && kind !== 'RESULTS') throw new Error('--kind is units or results');
  const config = readCityConfig({ ...process.env, CITY_CODE: values.city });
  const db = await openCityDatabase(config.database, config.cityCode);
  try {
    const identity = {
      subject: `cli:${userInfo().username}`,
      role: 'city-officer' as const,
      cityCode: config.cityCode,
      anonymous: false,
    };
    const progress = (phase: string, done: number, total: number) =>
      console.log(`  ${phase} ${done}/${total} rows`);
    const service = new RecordImportService(
      db,
      config.cityCode,
      new AuditTrail(db, identity, AuditEntry),
      progress,
    );
    const report = await service.run(basename(values.file), readFileSync(values.file), {
      kind,
      dryRun: values['dry-run'],
    });
    console.log(`${report.fileName}: ${report.rows} rows of ${report.kind.toLowerCase()}`);
    for (const problem of report.problems)
      console.log(`  row ${problem.row}, ${problem.column}: ${problem.message}`);
    if (report.problems.length > 0) {
      console.log(`${report.problems.length} problem(s): nothing was imported.`);
      process.exitCode = 2;
    } else {
      const verb = report.applied ? 'imported' : 'would import (dry run)';
      console.log(
        `${verb}: ${report.created} new, ${report.updated} changed, ${report.unchanged} unchanged.`,
      );
    }
  } finally {
    await db.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
