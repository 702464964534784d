import { DataSource } from 'typeorm';
import { openCityDatabase } from '../../services/city/src/database';
import { AuditEntry } from '../../services/city/src/entities/audit-entry.entity';
import { GrassrootsUnion } from '../../services/city/src/entities/grassroots-union.entity';
import { RecordImportService } from '../../services/city/src/services/record-import.service';
import { AuditTrail } from '../../services/shared/src/audit-trail';
import { loadCityDemo } from '../../scripts/demo-loader';
import { createTestDatabase, ENGINE, TestDatabase } from '../../scripts/throwaway-databases';

describe(`a large import reports progress and lands in one piece (${ENGINE})`, () => {
  let database: TestDatabase;
  let db: DataSource;
  beforeAll(async () => {
    database = await createTestDatabase('importprogress');
    db = await openCityDatabase(database.settings, 'HP');
    await loadCityDemo(db, 'HP');
  });
  afterAll(async () => {
    await db?.destroy();
    await database?.drop();
  });

  it('checks and writes 1,200 rows, saying how far it has got', async () => {
    const lines = ['Tên trường,Cấp học,Quận/Huyện,Đơn vị quản lý,Số đoàn viên'];
    for (let i = 1; i <= 1_200; i += 1) {
      lines.push(
        `Trường Mầm non Ánh Sao ${i},Mầm non,Cát Hải,Công đoàn ngành Giáo dục Hải Phòng,${20 + (i % 15)}`,
      );
    }
    const events: string[] = [];
    const identity = { subject: 'cli:test', role: 'city-officer' as const, cityCode: 'HP', anonymous: false };
    const service = new RecordImportService(
      db,
      'HP',
      new AuditTrail(db, identity, AuditEntry),
      (phase, done, total) => events.push(`${phase} ${done}/${total}`),
    );
    const before = await db.getRepository(GrassrootsUnion).count();
    const report = await service.run('hp-mam-non.csv', Buffer.from(lines.join('\n')));
    expect(report).toMatchObject({ kind: 'UNITS', rows: 1_200, created: 1_200, applied: true, problems: [] });
    expect(await db.getRepository(GrassrootsUnion).count()).toBe(before + 1_200);
    expect(events).toEqual(
      expect.arrayContaining(['checked 500/1200', 'checked 1000/1200', 'written 1200/1200']),
    );
  });
});
