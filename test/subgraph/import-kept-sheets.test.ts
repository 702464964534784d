import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { openCityDatabase } from '../../services/city/src/database';
import { AuditEntry } from '../../services/city/src/entities/audit-entry.entity';
import { CampaignResult } from '../../services/city/src/entities/campaign-result.entity';
import { GrassrootsUnion } from '../../services/city/src/entities/grassroots-union.entity';
import { RecordImportService } from '../../services/city/src/services/record-import.service';
import { AuditTrail } from '../../services/shared/src/audit-trail';
import { foldForSearch } from '../../services/shared/src/vietnamese-text';
import { loadCityDemo } from '../../scripts/demo-loader';
import { createTestDatabase, ENGINE, TestDatabase } from '../../scripts/throwaway-databases';

const fixture = (name: string) => readFileSync(join(__dirname, '..', 'fixtures', name));

describe(`sheets as officers keep them are imported (${ENGINE})`, () => {
  let database: TestDatabase;
  let db: DataSource;
  let service: RecordImportService;
  const units = () => db.getRepository(GrassrootsUnion);
  beforeAll(async () => {
    database = await createTestDatabase('importkept');
    db = await openCityDatabase(database.settings, 'HP');
    await loadCityDemo(db, 'HP');
    const identity = { subject: 'cli:test', role: 'city-officer' as const, cityCode: 'HP', anonymous: false };
    service = new RecordImportService(db, 'HP', new AuditTrail(db, identity, AuditEntry));
  });
  afterAll(async () => {
    await db?.destroy();
    await database?.drop();
  });

  it('refuses impossible dates and ambiguous numbers by row and column, under a title and a merged heading', async () => {
    const before = await units().count();
    const report = await service.run(
      'hp-units-kept-with-errors.xlsx',
      fixture('hp-units-kept-with-errors.xlsx'),
    );
    expect(report).toMatchObject({ kind: 'UNITS', rows: 5, applied: false });
    // Rows are numbered as the sheet shows them: title (1), merged heading (2), column names (3).
    expect(report.problems.map((p) => [p.row, p.column, p.message])).toEqual([
      [4, 'ngay thanh lap', expect.stringMatching(/"30\/02\/2023" is not a date that exists/)],
      [5, 'Số Đoàn Viên', expect.stringMatching(/"12,5" is not a whole number/)],
      [6, 'Số Đoàn Viên', expect.stringMatching(/"1,250" is ambiguous: write 1250 or 1\.250/)],
      [7, 'Số Đoàn Viên', expect.stringMatching(/"12\.5" is not a whole number/)],
      [7, 'ngay thanh lap', expect.stringMatching(/42248 is a number, not a date/)],
      [8, 'Số Đoàn Viên', expect.stringMatching(/"12\.5" is not a whole number/)],
      [8, 'ngay thanh lap', expect.stringMatching(/"2023-02-29" is not a date that exists/)],
    ]);
    expect(await units().count()).toBe(before);
  });

  it('imports Excel date cells, dd/MM/yyyy dates and 1.250, and matches units it has by name', async () => {
    const before = await units().count();
    const report = await service.run('hp-units-as-kept.xlsx', fixture('hp-units-as-kept.xlsx'));
    expect(report).toMatchObject({
      rows: 4,
      created: 2,
      updated: 2,
      unchanged: 0,
      problems: [],
      applied: true,
    });
    expect(await units().count()).toBe(before + 2);
    // "truong thpt cat ba" is the city's Trường THPT Cát Bà: its figure changes, its spelling stays.
    expect(await units().findOneByOrFail({ id: 'hp-thpt-cat-ba' })).toMatchObject({
      schoolName: 'Trường THPT Cát Bà',
      memberCount: 60,
    });
    const catBa = (await units().find()).filter((u) => foldForSearch(u.schoolName) === 'truong thpt cat ba');
    expect(catBa.map((unit) => unit.id)).toEqual(['hp-thpt-cat-ba']);
    // Named by its union (in capitals): the school's new name is taken, the union's spelling kept.
    expect(await units().findOneByOrFail({ id: 'hp-phong-gd-dt-cat-hai' })).toMatchObject({
      schoolName: 'Phòng Giáo dục huyện Cát Hải',
      name: 'Công đoàn Phòng Giáo dục và Đào tạo huyện Cát Hải',
    });
    expect(await units().findOneByOrFail({ id: 'hp-truong-tieu-hoc-cat-ba' })).toMatchObject({
      validFrom: '2010-09-01',
      memberCount: 45,
    });
    expect(await units().findOneByOrFail({ id: 'hp-truong-mam-non-hoa-phuong' })).toMatchObject({
      validFrom: '2016-09-05',
      memberCount: 1250,
    });
    const again = await service.run('hp-units-as-kept.xlsx', fixture('hp-units-as-kept.xlsx'));
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 4, applied: true });
  });

  it('reads a results sheet with a title, lower-case unaccented headers and 12.000', async () => {
    const report = await service.run('hp-results-as-kept.xlsx', fixture('hp-results-as-kept.xlsx'));
    expect(report).toMatchObject({ kind: 'RESULTS', rows: 1, created: 1, problems: [], applied: true });
    const [result] = await db
      .getRepository(CampaignResult)
      .findBy({ schoolYear: '2024-2025', campaignCode: 'gioi-viec-nuoc-dam-viec-nha' });
    expect(result).toMatchObject({ participants: 12000, target: 11500 });
  });

  it('finds the header of a .csv below a title line, and names the row of a unit that is named twice', async () => {
    const csv = [
      'Danh sách bổ sung,,,,',
      ',,,,',
      'ten truong,CAP HOC,Đơn vị quản lý,so doan vien,Ngày thành lập',
      'Trường Mầm non Biển Xanh,Mầm non,Công đoàn ngành Giáo dục Hải Phòng,"2.100",1/9/2020',
      'TRƯỜNG MẦM NON BIỂN XANH,Mầm non,Công đoàn ngành Giáo dục Hải Phòng,21,',
    ].join('\r\n');
    const report = await service.run('bo-sung.csv', Buffer.from(csv), { dryRun: true });
    expect(report.problems).toEqual([{ row: 5, column: 'ten truong', message: 'repeats the unit of row 4' }]);
  });
});

describe(`a name that two existing units share is not guessed (${ENGINE})`, () => {
  let database: TestDatabase;
  let db: DataSource;
  beforeAll(async () => {
    database = await createTestDatabase('importtwins');
    db = await openCityDatabase(database.settings, 'HP');
    await loadCityDemo(db, 'HP');
  });
  afterAll(async () => {
    await db?.destroy();
    await database?.drop();
  });

  it('asks for the id, and takes a row that gives it', async () => {
    const identity = { subject: 'cli:test', role: 'city-officer' as const, cityCode: 'HP', anonymous: false };
    const service = new RecordImportService(db, 'HP', new AuditTrail(db, identity, AuditEntry));
    const header = 'Mã đơn vị,Tên trường,Cấp học,Đơn vị quản lý,Số đoàn viên';
    const twin = (id: string, count: number) =>
      `${id},Trường Tiểu học Hòa Bình,Tiểu học,Công đoàn ngành Giáo dục Hải Phòng,${count}`;
    const twins = [header, twin('hp-th-hoa-binh-1', 20), twin('hp-th-hoa-binh-2', 30)].join('\n');
    expect(await service.run('twins.csv', Buffer.from(twins))).toMatchObject({ created: 2, applied: true });
    const again = [header, twin('', 25), twin('hp-th-hoa-binh-2', 31)].join('\n');
    const report = await service.run('again.csv', Buffer.from(again));
    expect(report.problems).toEqual([
      {
        row: 2,
        column: 'Tên trường',
        message: "names 2 existing units (hp-th-hoa-binh-1, hp-th-hoa-binh-2): give the unit's id",
      },
    ]);
  });
});
