import { DataSource, EntityMetadata, ObjectLiteral } from 'typeorm';
import { CampaignResult } from '../../services/city/src/entities/campaign-result.entity';
import { GrassrootsUnion } from '../../services/city/src/entities/grassroots-union.entity';
import { UnitMembership } from '../../services/city/src/entities/yearly-records.entity';

/** Sums a fold must keep: members of units, yearly membership, and the results' participants. */
export const KEY_FIGURES = [
  { table: 'grassroots_union', entity: GrassrootsUnion, property: 'memberCount', label: 'members of units' },
  { table: 'unit_membership', entity: UnitMembership, property: 'members', label: 'yearly members' },
  {
    table: 'campaign_result',
    entity: CampaignResult,
    property: 'participants',
    label: 'result participants',
  },
] as const;

/** How a table's predecessor rows split, counted or summed over one figure. */
export interface Split {
  predecessor: number;
  /** Already copied by an earlier run of this fold (so already in the successor). */
  copied: number;
  /** Identical rows the successor had of its own. */
  shared: number;
}

export const emptySplit = (): Split => ({ predecessor: 0, copied: 0, shared: 0 });

/** One line of the verification: the successor's own + the predecessor's − shared = after. */
export interface TotalsLine {
  name: string;
  own: number;
  predecessor: number;
  shared: number;
  expected: number;
  after: number;
  ok: boolean;
}

export interface FoldTotals {
  tables: TotalsLine[];
  figures: TotalsLine[];
  verified: boolean;
}

export function sumOf(rows: ObjectLiteral[], metadata: EntityMetadata, property: string): number {
  const column = metadata.findColumnWithPropertyName(property)!;
  return rows.reduce((sum, row) => sum + Number(column.getEntityValue(row) ?? 0), 0);
}

/** Row counts per table and the key figures, as the successor holds them now. */
export async function measure(
  db: DataSource,
  metadatas: EntityMetadata[],
): Promise<{ counts: Map<string, number>; sums: Map<string, number> }> {
  const counts = new Map<string, number>();
  for (const metadata of metadatas) {
    counts.set(metadata.tableName, await db.getRepository(metadata.target).count());
  }
  const sums = new Map<string, number>();
  for (const figure of KEY_FIGURES) {
    sums.set(
      figure.table,
      Number((await db.getRepository(figure.entity).sum(figure.property as never)) ?? 0),
    );
  }
  return { counts, sums };
}

export function totalsLine(name: string, before: number, split: Split, after: number): TotalsLine {
  const own = before - split.copied;
  const expected = own + split.predecessor - split.shared;
  return {
    name,
    own,
    predecessor: split.predecessor,
    shared: split.shared,
    expected,
    after,
    ok: after === expected,
  };
}

/** The verification as a table for the terminal, one line per table and per key figure. */
export function formatTotals(totals: FoldTotals, from: string, into: string): string[] {
  const header = ['table', `${into} own`, from, 'shared', `${into} after`, 'expected', ''];
  const row = (line: TotalsLine) => [
    line.name,
    String(line.own),
    String(line.predecessor),
    String(line.shared),
    String(line.after),
    String(line.expected),
    line.ok ? 'ok' : 'MISMATCH',
  ];
  const rows = [
    header,
    ...totals.tables.map(row),
    ['key figures', '', '', '', '', '', ''],
    ...totals.figures.map(row),
  ];
  const widths = header.map((_, index) => Math.max(...rows.map((cells) => cells[index].length)));
  return rows.map((cells) =>
    cells
      .map((cell, index) => (index === 0 ? cell.padEnd(widths[index]) : cell.padStart(widths[index])))
      .join('  ')
      .trimEnd(),
  );
}
