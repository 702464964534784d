import { RunningFederation, startFederation } from '../../scripts/local-federation';
import { ENGINE } from '../../scripts/throwaway-databases';

/** The SEED-FACTS organisations, people and counts that the backbone's model covers, via the gateway. */
describe(`SEED-FACTS through the gateway (${ENGINE})`, () => {
  let federation: RunningFederation;
  let hanoi: any;
  let haiphong: any;
  const organisation = (name: string) => hanoi.organisations.find((o: { name: string }) => o.name === name);
  const leaders = (o: { leaders: { fullName: string; role: string }[] }) =>
    o.leaders.map((l) => `${l.role} ${l.fullName}`);

  beforeAll(async () => {
    federation = await startFederation();
    const result = await federation.query(`{
      hn: city(code: "HN") { ...Records }
      hp: city(code: "HP") { ...Records }
    }
    fragment Records on City {
      name districts { name kind }
      educationUnion { name grassrootsUnionCount memberCount chair { fullName } }
      organisations { name kind grassrootsUnionCount memberCount leaders { fullName role } district { name } }
      named: grassrootsUnions(search: "newton") { edges { node { school { name } } } }
      catBa: grassrootsUnions(search: "cat ba") { edges { node { school { name level } district { name } } } }
      catHai: grassrootsUnions(search: "phong gd dt cat hai") { edges { node { school { name level } } } }
    }`);
    expect(result.errors).toBeUndefined();
    ({ hn: hanoi, hp: haiphong } = result.data!);
  });
  afterAll(async () => {
    await federation?.close();
  });

  it('Hanoi Education Union: chair Đỗ Văn Nam (vice chair in 2020), 200 units, about 12,000 members', () => {
    expect(hanoi.educationUnion).toEqual({
      name: 'Công đoàn ngành Giáo dục Hà Nội',
      grassrootsUnionCount: 200,
      memberCount: 12_000,
      chair: { fullName: 'Đỗ Văn Nam' },
    });
    expect(leaders(organisation('Công đoàn ngành Giáo dục Hà Nội'))).toEqual(
      expect.arrayContaining(['VICE_CHAIR Đỗ Văn Nam', 'CHAIR Đỗ Văn Nam']),
    );
  });

  it('Hải Phòng Education Union: chair Trần Văn Thắng', () => {
    expect(haiphong.educationUnion).toMatchObject({
      name: 'Công đoàn ngành Giáo dục Hải Phòng',
      chair: { fullName: 'Trần Văn Thắng' },
    });
  });

  it('LĐLĐ TP Hà Nội: chair Nguyễn Phi Thường, vice chairs Nguyễn Chính Hữu and Lê Đình Hùng', () => {
    expect(leaders(organisation('Liên đoàn Lao động thành phố Hà Nội'))).toEqual([
      'CHAIR Nguyễn Phi Thường',
      'VICE_CHAIR Lê Đình Hùng',
      'VICE_CHAIR Nguyễn Chính Hữu',
    ]);
  });

  it('LĐLĐ huyện Thạch Thất: chair Nguyễn Văn Toàn, 85 school unions, 3,319 members', () => {
    const thachThat = organisation('Liên đoàn Lao động huyện Thạch Thất');
    expect(thachThat).toMatchObject({
      kind: 'DISTRICT_LABOUR_FEDERATION',
      grassrootsUnionCount: 85,
      memberCount: 3_319,
      district: { name: 'Thạch Thất' },
    });
    expect(leaders(thachThat)).toEqual(['CHAIR Nguyễn Văn Toàn']);
  });

  it('Sở GD&ĐT Hà Nội: director Trần Thế Cương, deputy director Nguyễn Quang Tuấn', () => {
    expect(leaders(organisation('Sở Giáo dục và Đào tạo Hà Nội'))).toEqual([
      'DIRECTOR Trần Thế Cương',
      'DEPUTY_DIRECTOR Nguyễn Quang Tuấn',
    ]);
  });

  it('Thanh Xuân’s education office and district labour federation', () => {
    expect(organisation('Phòng Giáo dục và Đào tạo quận Thanh Xuân').district).toEqual({
      name: 'Thanh Xuân',
    });
    expect(organisation('Liên đoàn Lao động quận Thanh Xuân').district).toEqual({ name: 'Thanh Xuân' });
  });

  it('the named schools: Newton (HN), Cát Bà and Cát Hải’s education office (HP)', () => {
    expect(hanoi.named.edges).toEqual([{ node: { school: { name: 'Trường THCS-THPT Newton' } } }]);
    expect(haiphong.catBa.edges).toEqual([
      {
        node: {
          school: { name: 'Trường THPT Cát Bà', level: 'UPPER_SECONDARY' },
          district: { name: 'Cát Hải' },
        },
      },
    ]);
    expect(haiphong.catHai.edges).toEqual([
      { node: { school: { name: 'Phòng GD&ĐT huyện Cát Hải', level: 'OFFICE' } } },
    ]);
  });

  it('the districts named: Thanh Xuân and Thạch Thất (Hà Nội), Cát Hải (Hải Phòng)', () => {
    const names = (city: any) => city.districts.map((d: { name: string }) => d.name);
    expect(names(hanoi)).toEqual(expect.arrayContaining(['Thanh Xuân', 'Thạch Thất']));
    expect(names(haiphong)).toContain('Cát Hải');
  });

  it('Công đoàn Giáo dục Việt Nam: vice chair Nguyễn Thị Bích Hợp; Tổng LĐLĐ Việt Nam, with no leader invented', async () => {
    const result = await federation.query(
      `{ nationalOrganisations { name kind leaders { fullName position } } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.nationalOrganisations).toEqual([
      {
        name: 'Công đoàn Giáo dục Việt Nam',
        kind: 'NATIONAL_SECTOR_UNION',
        leaders: [{ fullName: 'Nguyễn Thị Bích Hợp', position: 'Phó Chủ tịch' }],
      },
      { name: 'Tổng Liên đoàn Lao động Việt Nam', kind: 'NATIONAL_CONFEDERATION', leaders: [] },
    ]);
  });
});
