import { DataSource, EntityManager } from 'typeorm';
import { BadUserInputError, ConflictError, NotFoundError } from '../../../shared/src/errors';
import { DriveParty, DriveStatus, ScholarshipDrive } from '../entities/drive.entity';

/** The only legal moves: draft → open → selecting → awarded → closed; cancelled before awarded. */
const NEXT: Record<DriveStatus, DriveStatus[]> = {
  [DriveStatus.DRAFT]: [DriveStatus.OPEN, DriveStatus.CANCELLED],
  [DriveStatus.OPEN]: [DriveStatus.SELECTING, DriveStatus.CANCELLED],
  [DriveStatus.SELECTING]: [DriveStatus.AWARDED, DriveStatus.CANCELLED],
  [DriveStatus.AWARDED]: [DriveStatus.CLOSED],
  [DriveStatus.CLOSED]: [],
  [DriveStatus.CANCELLED]: [],
};

export function assertTransition(from: DriveStatus, to: DriveStatus): void {
  if (!NEXT[from].includes(to)) {
    const allowed = NEXT[from].length ? NEXT[from].join(' or ') : 'nothing';
    throw new ConflictError(`A ${from} drive cannot become ${to}; from ${from} it can become ${allowed}`, {
      argument: 'status',
      status: from,
    });
  }
}

export function assertStatus(current: DriveStatus, allowed: DriveStatus[], action: string): void {
  if (!allowed.includes(current)) {
    throw new ConflictError(
      `${action} needs a drive that is ${allowed.join(' or ')}; this one is ${current}`,
      {
        status: current,
      },
    );
  }
}

export function assertPositiveVnd(amount: number, argument: string): void {
  if (!Number.isInteger(amount) || amount <= 0) {
    throw new BadUserInputError(`${argument} must be a positive whole number of VND`, { argument });
  }
}

/** SUM of a money column over the rows matching `where`, read in the step's transaction. */
export const sum = async (
  manager: EntityManager,
  table: string,
  column: string,
  where: string,
  params: object,
) => {
  const row = await manager
    .createQueryBuilder()
    .select(`COALESCE(SUM(t.${column}), 0)`, 'total')
    .from(table, 't')
    .where(where, params)
    .getRawOne<{ total: string | number }>();
  return Number(row?.total ?? 0);
};

/**
 * Reads a drive inside a transaction, holding its row lock on MySQL so that concurrent pledges,
 * awards and disbursements of one drive run one after another (on SQLite every transaction waits
 * for the one writer's turn: services/shared/src/write-queue.ts).
 */
export async function lockedDrive(manager: EntityManager, id: string): Promise<ScholarshipDrive> {
  const query = manager.getRepository(ScholarshipDrive).createQueryBuilder('d').where('d.id = :id', { id });
  if (manager.connection.options.type === 'mysql') query.setLock('pessimistic_write');
  const drive = await query.getOne();
  if (!drive) throw new NotFoundError(`There is no scholarship drive ${id}`, { argument: 'driveId' });
  return drive;
}

/** A UNIQUE index refused the write (MySQL or SQLite): two requests raced for the same record. */
function isUniqueViolation(error: unknown): boolean {
  const code = (error as { driverError?: { code?: unknown } }).driverError?.code;
  return code === 'ER_DUP_ENTRY' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}

/**
 * One step on a drive: lock its row first, then read (READ COMMITTED on MySQL, so that reads after
 * the lock see what the previous holder committed, not a snapshot from before the wait). The one race
 * the lock cannot order (the same actor's key on two drives at once) ends at a UNIQUE index: CONFLICT.
 */
export async function driveStep<T>(
  db: DataSource,
  driveId: string,
  work: (manager: EntityManager, parties: DriveParty[], drive: ScholarshipDrive) => Promise<T>,
) {
  const run = async (manager: EntityManager) => {
    const drive = await lockedDrive(manager, driveId);
    return work(manager, await manager.getRepository(DriveParty).findBy({ driveId }), drive);
  };
  try {
    return await (db.options.type === 'mysql' ? db.transaction('READ COMMITTED', run) : db.transaction(run));
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    throw new ConflictError(
      'The same record was being written by another request at the same time; nothing was written',
      {
        argument: 'idempotencyKey',
      },
    );
  }
}
