import { DataSource, In } from 'typeorm';
import { foldForSearch, vietnameseSortKey } from '../../../shared/src/vietnamese-text';
import { Campaign } from '../entities/campaign.entity';
import { CampaignResult, RESULT_FIGURES } from '../entities/campaign-result.entity';
import { District } from '../entities/district.entity';
import { UnitStatus } from '../entities/enums';
import { GrassrootsUnion } from '../entities/grassroots-union.entity';
import { Organisation } from '../entities/organisation.entity';

export type Values = Record<string, string | number | null>;
export interface ParsedRow {
  rowNumber: number;
  values: Values;
}
export interface ImportProblem {
  row: number;
  column: string;
  message: string;
}

/** What an import will do: rows to insert, changes to apply by id, and how many rows change nothing. */
export interface ImportPlan<T> {
  create: T[];
  update: { id: string; changes: Partial<T> }[];
  unchanged: number;
}

type Problem = (row: ParsedRow, field: string, message: string) => void;

/** Finds a referenced record by id, name or short name, ignoring accents and case. */
function lookup<T extends { id: string }>(items: T[], names: (item: T) => (string | null)[]) {
  const index = new Map<string, T>();
  for (const item of items) {
    for (const key of [item.id, ...names(item)]) if (key) index.set(foldForSearch(key), item);
  }
  return (text: string | number | null) =>
    text === null ? undefined : index.get(foldForSearch(String(text)));
}

function diff<T extends object>(
  existing: T | undefined,
  values: Partial<T>,
  id: string,
  plan: ImportPlan<T>,
  row: T,
): void {
  if (!existing) {
    plan.create.push(row);
    return;
  }
  const changes = Object.fromEntries(
    Object.entries(values).filter(([key, value]) => (existing as Record<string, unknown>)[key] !== value),
  ) as Partial<T>;
  if (Object.keys(changes).length === 0) plan.unchanged += 1;
  else plan.update.push({ id, changes });
}

/**
 * Existing units by their school's and union's names, folded: a sheet names a unit the way officers
 * write it ("Trường THPT Cát Bà", "truong thpt cat ba"), not by its id, and must not add it twice.
 */
function unitsByName(units: GrassrootsUnion[]) {
  const index = new Map<string, GrassrootsUnion[]>();
  for (const unit of units) {
    for (const key of new Set([unit.schoolName, unit.name].map(foldForSearch))) {
      index.set(key, [...(index.get(key) ?? []), unit]);
    }
  }
  return (...names: (string | number | null | undefined)[]) => {
    const found = new Set<GrassrootsUnion>();
    for (const name of names) {
      if (name !== null && name !== undefined) {
        for (const unit of index.get(foldForSearch(String(name))) ?? []) found.add(unit);
      }
    }
    // A school whose old union was dissolved or merged has one active union: that is the one meant.
    const active = [...found].filter((unit) => unit.status === UnitStatus.ACTIVE);
    return found.size > 1 && active.length === 1 ? active : [...found];
  };
}

/** The spelling already stored, when the sheet's only differs in accents, case or spacing. */
const kept = (written: string, stored: string | undefined) =>
  stored !== undefined && foldForSearch(stored) === foldForSearch(written) ? stored : written;

export async function planUnits(db: DataSource, cityCode: string, rows: ParsedRow[], problem: Problem) {
  const district = lookup(await db.getRepository(District).find(), (d) => [d.name]);
  const organisation = lookup(await db.getRepository(Organisation).find(), (o) => [o.name, o.shortName]);
  const units = await db.getRepository(GrassrootsUnion).find();
  const existing = new Map(units.map((unit) => [unit.id, unit]));
  const named = unitsByName(units);
  const plan: ImportPlan<GrassrootsUnion> = { create: [], update: [], unchanged: 0 };
  const seen = new Map<string, number>();
  for (const row of rows) {
    const { values } = row;
    if (values.schoolName === undefined) continue; // already reported: a unit needs its school's name
    const matches = values.id === null ? named(values.schoolName, values.name) : [];
    if (matches.length > 1) {
      const ids = matches.map((unit) => unit.id).join(', ');
      problem(row, 'schoolName', `names ${matches.length} existing units (${ids}): give the unit's id`);
      continue;
    }
    const slug = `${cityCode.toLowerCase()}-${foldForSearch(String(values.schoolName)).replace(/ /g, '-')}`;
    const id = String(values.id ?? matches[0]?.id ?? slug).slice(0, 64);
    if (seen.has(id)) {
      problem(row, 'schoolName', `repeats the unit of row ${seen.get(id)}`);
      continue;
    }
    seen.set(id, row.rowNumber);
    const stored = existing.get(id);
    const foundDistrict = district(values.district);
    const manager = organisation(values.managedBy);
    if (values.district !== null && !foundDistrict)
      problem(row, 'district', `"${values.district}" is not a district of ${cityCode}`);
    if (!manager) {
      problem(row, 'managedBy', `"${values.managedBy}" is not an organisation of ${cityCode}`);
      continue;
    }
    const schoolName = kept(String(values.schoolName), stored?.schoolName);
    // Without a union name in the sheet, an existing unit keeps its own; a new one gets the usual name.
    const name = values.name
      ? kept(String(values.name), stored?.name)
      : (stored?.name ?? `Công đoàn ${schoolName}`);
    const fields: Partial<GrassrootsUnion> = {
      name,
      schoolName,
      schoolLevel: values.schoolLevel as GrassrootsUnion['schoolLevel'],
      districtId: foundDistrict?.id ?? null,
      managedById: manager.id,
      memberCount: values.memberCount as number,
      searchText: foldForSearch(`${name} ${schoolName} ${foundDistrict?.name ?? ''}`),
      sortKey: vietnameseSortKey(schoolName),
    };
    const created = {
      ...fields,
      id,
      status: UnitStatus.ACTIVE,
      validFrom: (values.validFrom as string) ?? null,
      validTo: null,
      isDemo: false,
      version: 1,
    };
    diff(stored, fields, id, plan, created as GrassrootsUnion);
  }
  return plan;
}

const FIGURES = [...RESULT_FIGURES, 'highlights'] as const;

export async function planResults(db: DataSource, cityCode: string, rows: ParsedRow[], problem: Problem) {
  const campaign = lookup(
    (await db.getRepository(Campaign).find()).map((c) => Object.assign(c, { id: c.code })),
    (c) => [c.name],
  );
  const organisation = lookup(await db.getRepository(Organisation).find(), (o) => [o.name, o.shortName]);
  const keyed = rows.map((row) => {
    const found = { campaign: campaign(row.values.campaign), reporter: organisation(row.values.reportedBy) };
    if (!found.campaign)
      problem(row, 'campaign', `"${row.values.campaign}" is not a campaign ${cityCode} runs`);
    if (!found.reporter)
      problem(row, 'reportedBy', `"${row.values.reportedBy}" is not an organisation of ${cityCode}`);
    return { row, ...found, id: `${found.campaign?.code}:${row.values.schoolYear}:${found.reporter?.id}` };
  });
  const existing = new Map(
    (await db.getRepository(CampaignResult).findBy({ id: In(keyed.map((k) => k.id)) })).map((r) => [r.id, r]),
  );
  const plan: ImportPlan<CampaignResult> = { create: [], update: [], unchanged: 0 };
  const seen = new Map<string, number>();
  for (const { row, campaign: found, reporter, id } of keyed) {
    if (!found || !reporter || row.values.schoolYear === undefined) continue;
    if (seen.has(id)) {
      problem(row, 'campaign', `repeats the result of row ${seen.get(id)}`);
      continue;
    }
    seen.set(id, row.rowNumber);
    const figures = Object.fromEntries(
      FIGURES.map((name) => [name, row.values[name] ?? null]),
    ) as Partial<CampaignResult>;
    const created = {
      ...figures,
      id,
      campaignCode: found.code,
      schoolYear: String(row.values.schoolYear),
      reportedById: reporter.id,
      version: 1,
      isDemo: false,
    };
    diff(existing.get(id), figures, id, plan, created as CampaignResult);
  }
  return plan;
}
