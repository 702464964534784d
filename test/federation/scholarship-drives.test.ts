import { RunningFederation, startFederation } from '../../scripts/local-federation';
import { ENGINE } from '../../scripts/throwaway-databases';

const PARTIES = `parties { id role cityCode organisation { name } unit { name } }`;
const CREATE = `mutation($input: DriveInput!) { createScholarshipDrive(input: $input) { id status ${PARTIES} } }`;
const student = (fullName: string) => ({
  fullName,
  birthYear: 2008,
  schoolName: 'Trường THPT Cát Bà',
  gradeLabel: 'Lớp 10A1',
  circumstances: 'Gia đình khó khăn (demo)',
  achievements: 'Học sinh giỏi (demo)',
  guardianName: 'Phụ huynh (demo)',
  guardianConsentOn: '2024-03-01',
  guardianConsentMethod: 'SIGNED_FORM',
});

describe(`scholarship drives across cities, through the gateway (${ENGINE})`, () => {
  let federation: RunningFederation;
  const token: Record<string, string> = {};
  const as = (who: string, query: string, variables: Record<string, unknown> = {}) =>
    federation.query(query, variables, token[who]);
  const code = (result: { errors?: { extensions?: Record<string, unknown> }[] }) =>
    result.errors?.[0]?.extensions?.code;

  beforeAll(async () => {
    federation = await startFederation();
    token.hn = await federation.tokenFor({ sub: 'hn', role: 'city-officer', city: 'HN' });
    token.hp = await federation.tokenFor({ sub: 'hp', role: 'city-officer', city: 'HP' });
    token.newton = await federation.tokenFor({
      sub: 'newton',
      role: 'school-officer',
      unit: 'HN/hn-thcs-thpt-newton',
    });
    token.catBa = await federation.tokenFor({
      sub: 'catba',
      role: 'school-officer',
      unit: 'HP/hp-thpt-cat-ba',
    });
    token.catHai = await federation.tokenFor({
      sub: 'cathai',
      role: 'school-officer',
      unit: 'HP/hp-phong-gd-dt-cat-hai',
    });
    token.viewer = await federation.tokenFor({ sub: 'dashboard', role: 'viewer' });
  });
  afterAll(async () => {
    await federation?.close();
  });

  const driveInput = (scholarships: number) => ({
    title: 'Học bổng vượt khó học giỏi Cát Bà (thử)',
    criteria: 'vượt khó học giỏi',
    scholarships,
    amountEach: 1_000_000,
    organisers: [
      { cityCode: 'HN', organisationId: 'hn-cong-doan-nganh-giao-duc' },
      { cityCode: 'HN', unitId: 'hn-thcs-thpt-newton' },
    ],
    beneficiaries: [
      { cityCode: 'HP', unitId: 'hp-thpt-cat-ba' },
      { cityCode: 'HP', unitId: 'hp-phong-gd-dt-cat-hai' },
    ],
  });

  it('runs a drive end to end, sponsors and beneficiaries resolving in their own cities', async () => {
    const created = await as('hn', CREATE, { input: driveInput(2) });
    expect(created.errors).toBeUndefined();
    const drive = created.data!.createScholarshipDrive;
    const party = (unit: string) =>
      drive.parties.find((p: any) => p.unit?.name === unit || p.organisation?.name === unit);
    expect(party('Công đoàn Trường THCS-THPT Newton')).toMatchObject({ role: 'ORGANISER', cityCode: 'HN' });
    expect(party('Công đoàn ngành Giáo dục Hà Nội')).toMatchObject({ role: 'ORGANISER', cityCode: 'HN' });
    expect(party('Công đoàn Trường THPT Cát Bà')).toMatchObject({ role: 'BENEFICIARY', cityCode: 'HP' });
    const newton = party('Công đoàn Trường THCS-THPT Newton').id;
    const catBa = party('Công đoàn Trường THPT Cát Bà').id;
    const id = drive.id;
    const status = (who: string, to: string) =>
      as(who, `mutation { changeDriveStatus(driveId: "${id}", status: ${to}) { status } }`);

    expect(code(await status('hp', 'OPEN'))).toBe('FORBIDDEN');
    expect(code(await status('hn', 'AWARDED'))).toBe('CONFLICT');
    expect((await status('hn', 'OPEN')).data!.changeDriveStatus.status).toBe('OPEN');

    const pledge = `mutation($key: String) { pledgeToDrive(driveId: "${id}", sponsorPartyId: "${newton}", amount: 2000000,
      pledgedOn: "2024-03-10", idempotencyKey: $key) { id amount } }`;
    const first = await as('newton', pledge, { key: 'newton-1' });
    const retried = await as('newton', pledge, { key: 'newton-1' });
    expect(retried.data!.pledgeToDrive.id).toBe(first.data!.pledgeToDrive.id);
    expect(code(await as('catBa', pledge, { key: 'x' }))).toBe('FORBIDDEN');
    // Permission before the key: someone else's key gets a refusal, never Newton's pledge.
    const borrowed = await as('catBa', pledge, { key: 'newton-1' });
    expect([code(borrowed), borrowed.data?.pledgeToDrive ?? null]).toEqual(['FORBIDDEN', null]);
    const changed = await as('newton', pledge.replace('amount: 2000000', 'amount: 3000000'), {
      key: 'newton-1',
    });
    expect([code(changed), changed.errors?.[0].extensions?.argument]).toEqual(['CONFLICT', 'idempotencyKey']);
    const pledgeId = first.data!.pledgeToDrive.id;
    const receive = `mutation { receivePledge(pledgeId: "${pledgeId}", amount: 1500000, receivedOn: "2024-03-12", idempotencyKey: "r-1") { receivedAmount status } }`;
    expect((await as('hn', receive)).data!.receivePledge).toEqual({
      receivedAmount: 1_500_000,
      status: 'PLEDGED',
    });
    expect((await as('hn', receive)).data!.receivePledge).toEqual({
      receivedAmount: 1_500_000,
      status: 'PLEDGED',
    });
    const tooMuch = await as(
      'hn',
      `mutation { receivePledge(pledgeId: "${pledgeId}", amount: 600000, receivedOn: "2024-03-13") { id } }`,
    );
    expect(code(tooMuch)).toBe('BAD_USER_INPUT');

    const nominate = (name: string) =>
      as(
        'catBa',
        `mutation($s: StudentInput!) { nominateStudent(driveId: "${id}", beneficiaryPartyId: "${catBa}", student: $s) { id initials status } }`,
        { s: student(name) },
      );
    const [a, b, c] = [
      await nominate('Nguyễn Thị Hoa'),
      await nominate('Trần Văn Bình'),
      await nominate('Lê Minh Châu'),
    ];
    expect(a.data!.nominateStudent).toMatchObject({ initials: 'N.T.H.', status: 'NOMINATED' });
    const withoutConsent = await as(
      'catBa',
      `mutation { nominateStudent(driveId: "${id}", beneficiaryPartyId: "${catBa}",
      student: { fullName: "Vũ An", birthYear: 2009, schoolName: "THPT Cát Bà", gradeLabel: "10A2", circumstances: "khó khăn",
      achievements: "giỏi", guardianName: "Mẹ", guardianConsentMethod: PHONE }) { id } }`,
    );
    expect(withoutConsent.errors?.[0].message).toMatch(/guardianConsentOn/);

    expect((await status('hn', 'SELECTING')).data!.changeDriveStatus.status).toBe('SELECTING');
    const decide = (nomination: any, approve: boolean) =>
      as(
        'hn',
        `mutation { decideNomination(nominationId: "${nomination.data!.nominateStudent.id}", approve: ${approve}) { status } }`,
      );
    await decide(a, true);
    await decide(b, true);
    expect(code(await decide(c, true))).toBe('CONFLICT'); // only 2 scholarships

    const award = (nomination: any) =>
      as(
        'hn',
        `mutation { awardScholarship(nominationId: "${nomination.data!.nominateStudent.id}", awardedOn: "2024-03-16") { id amount } }`,
      );
    const awardA = await award(a);
    expect(awardA.data!.awardScholarship.amount).toBe(1_000_000);
    // An awarded student stays approved: rejecting would orphan the award and its payments.
    const statusOf = async () =>
      (
        await as(
          'hn',
          `{ scholarshipDrive(id: "${id}") { nominations { id status } awardedScholarships { id } } }`,
        )
      ).data!.scholarshipDrive;
    const beforeReject = await statusOf();
    expect(code(await decide(a, false))).toBe('CONFLICT');
    expect(await statusOf()).toEqual(beforeReject);
    expect(code(await award(a))).toBe('CONFLICT'); // one award per student
    expect(code(await award(b))).toBe('CONFLICT'); // 1.5M received, 1M awarded: not enough for another
    await as(
      'hn',
      `mutation { receivePledge(pledgeId: "${pledgeId}", amount: 500000, receivedOn: "2024-03-14") { id } }`,
    );
    expect((await award(b)).data!.awardScholarship.amount).toBe(1_000_000);

    const awardId = awardA.data!.awardScholarship.id;
    const disburse = (amount: number, key: string) =>
      as(
        'hn',
        `mutation { disburseScholarship(awardId: "${awardId}", amount: ${amount}, paidOn: "2024-03-16", method: CASH,
        acknowledgedBy: "Phụ huynh (demo)", idempotencyKey: "${key}") { id amount } }`,
      );
    const paid = await disburse(1_000_000, 'd-1');
    expect((await disburse(1_000_000, 'd-1')).data!.disburseScholarship.id).toBe(
      paid.data!.disburseScholarship.id,
    );
    expect(code(await disburse(1, 'd-2'))).toBe('BAD_USER_INPUT'); // disbursed ≤ awarded
    expect(code(await disburse(500_000, 'd-1'))).toBe('CONFLICT'); // the same key for another payment

    const view = `{ scholarshipDrive(id: "${id}") { status totals { target pledged received awarded disbursed remainingToRaise remainingToDisburse scholarshipsAwarded }
      nominations { initials student { fullName guardianName } } } }`;
    const asViewer = await as('viewer', view);
    expect(asViewer.data!.scholarshipDrive.totals).toEqual({
      target: 2_000_000,
      pledged: 2_000_000,
      received: 2_000_000,
      awarded: 2_000_000,
      disbursed: 1_000_000,
      remainingToRaise: 0,
      remainingToDisburse: 1_000_000,
      scholarshipsAwarded: 2,
    });
    expect(asViewer.data!.scholarshipDrive.nominations.map((n: any) => [n.initials, n.student])).toEqual([
      ['L.M.C.', null],
      ['N.T.H.', null],
      ['T.V.B.', null],
    ]);
    expect(asViewer.errors!.every((e) => e.extensions!.code === 'FORBIDDEN')).toBe(true);
    // Organisers (HN, Newton), the nominating unit (Cát Bà) and the students' own city (HP, DESIGN.md).
    for (const who of ['hn', 'newton', 'catBa', 'hp']) {
      const seen = await as(who, view);
      expect(`${who}: ${seen.errors === undefined}`).toBe(`${who}: true`);
    }
    expect((await as('catHai', view)).errors?.[0].extensions?.code).toBe('FORBIDDEN');

    // Who acknowledged a payment names the family: the same audience as the student's record.
    const payments = `{ scholarshipDrive(id: "${id}") { awardedScholarships { disbursements { amount acknowledgedBy } } } }`;
    const acknowledged = async (who: string) => {
      const result = await as(who, payments);
      const names = result.data!.scholarshipDrive.awardedScholarships.flatMap((a: any) =>
        a.disbursements.map((d: any) => d.acknowledgedBy),
      );
      return { names, codes: [...new Set(result.errors?.map((e) => e.extensions?.code))] };
    };
    for (const who of ['hn', 'newton', 'catBa', 'hp']) {
      expect([who, await acknowledged(who)]).toEqual([who, { names: ['Phụ huynh (demo)'], codes: [] }]);
    }
    for (const who of ['viewer', 'catHai']) {
      expect([who, await acknowledged(who)]).toEqual([who, { names: [null], codes: ['FORBIDDEN'] }]);
    }
    const anonymous = await federation.query(payments);
    expect(anonymous.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);

    expect(code(await as('newton', `mutation { withdrawPledge(pledgeId: "${pledgeId}") { id } }`))).toBe(
      'CONFLICT',
    );
    expect((await status('hn', 'AWARDED')).data!.changeDriveStatus.status).toBe('AWARDED');
    expect(code(await status('hn', 'CANCELLED'))).toBe('CONFLICT');
    expect((await status('hn', 'CLOSED')).data!.changeDriveStatus.status).toBe('CLOSED');
    const erased = await as(
      'hn',
      `mutation { eraseDriveStudentData(driveId: "${id}") { personalDataErasedOn } }`,
    );
    expect(erased.data!.eraseDriveStudentData.personalDataErasedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const after = await as('hn', view);
    expect(after.data!.scholarshipDrive.nominations[1]).toEqual({
      initials: 'N.T.H.',
      student: { fullName: null, guardianName: null },
    });
    expect(after.data!.scholarshipDrive.totals).toEqual(asViewer.data!.scholarshipDrive.totals);
    expect(await acknowledged('hn')).toEqual({ names: [null], codes: [] }); // erased with the students

    const trail = await federation.query(
      '{ hubAuditTrail(first: 50) { edges { node { operation } } } }',
      {},
      await federation.tokenFor({ sub: 'a', role: 'hub-admin' }),
    );
    const operations = trail.data!.hubAuditTrail.edges.map((e: any) => e.node.operation);
    expect(operations).toEqual(
      expect.arrayContaining([
        'createScholarshipDrive',
        'pledge',
        'receivePledge',
        'nominateStudent',
        'awardScholarship',
        'disburse',
        'eraseStudentData',
      ]),
    );
  });

  it('keeps totals exact and invariants whole under 50 simultaneous pledges, receipts, awards and disbursements', async () => {
    const created = await as('hn', CREATE, { input: driveInput(30) });
    const drive = created.data!.createScholarshipDrive;
    const newton = drive.parties.find((p: any) => p.unit?.name === 'Công đoàn Trường THCS-THPT Newton').id;
    const catBa = drive.parties.find((p: any) => p.unit?.name === 'Công đoàn Trường THPT Cát Bà').id;
    await as('hn', `mutation { changeDriveStatus(driveId: "${drive.id}", status: OPEN) { id } }`);
    const pledges = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        as(
          'newton',
          `mutation { pledgeToDrive(driveId: "${drive.id}", sponsorPartyId: "${newton}", amount: 500000,
          pledgedOn: "2024-03-10", idempotencyKey: "p-${i % 40}") { id } }`,
        ),
      ),
    );
    expect(pledges.every((p) => !p.errors)).toBe(true);
    const pledgeIds = [...new Set(pledges.map((p) => p.data!.pledgeToDrive.id))];
    expect(pledgeIds).toHaveLength(40); // 10 retries of earlier keys returned the first pledge
    await Promise.all(
      [...pledgeIds, ...pledgeIds.slice(0, 10)].map((pledgeId, i) =>
        as(
          'hn',
          `mutation { receivePledge(pledgeId: "${pledgeId}", amount: 500000, receivedOn: "2024-03-11", idempotencyKey: "r-${pledgeId}") { id } }`,
        ).then((result) => expect(i < 40 || result.errors === undefined).toBe(true)),
      ),
    );
    const nominations = [];
    for (let i = 0; i < 50; i += 1) {
      nominations.push(
        (
          await as(
            'catBa',
            `mutation($s: StudentInput!) { nominateStudent(driveId: "${drive.id}", beneficiaryPartyId: "${catBa}", student: $s) { id } }`,
            { s: student(`Học Sinh ${i}`) },
          )
        ).data!.nominateStudent.id,
      );
    }
    await as('hn', `mutation { changeDriveStatus(driveId: "${drive.id}", status: SELECTING) { id } }`);
    const decisions = await Promise.all(
      nominations.map((n) =>
        as('hn', `mutation { decideNomination(nominationId: "${n}", approve: true) { status } }`),
      ),
    );
    expect(decisions.filter((d) => !d.errors)).toHaveLength(30);
    const approved = nominations.filter((_, i) => !decisions[i].errors);
    const awards = await Promise.all(
      [...approved, ...approved.slice(0, 20)].map((n) =>
        as('hn', `mutation { awardScholarship(nominationId: "${n}", awardedOn: "2024-03-16") { id } }`),
      ),
    );
    const awardIds = awards.filter((a) => !a.errors).map((a) => a.data!.awardScholarship.id);
    expect(awardIds).toHaveLength(20); // 20M received pays for 20 scholarships, each student once
    await Promise.all(
      [...awardIds, ...awardIds, ...awardIds.slice(0, 10)].map((awardId, i) =>
        as(
          'hn',
          `mutation { disburseScholarship(awardId: "${awardId}", amount: 600000, paidOn: "2024-03-20", method: BANK_TRANSFER, idempotencyKey: "${awardId}-${i < 20 ? 'a' : i < 40 ? 'b' : 'a'}") { id } }`,
        ),
      ),
    );
    const totals = (
      await as(
        'hn',
        `{ scholarshipDrive(id: "${drive.id}") { totals { pledged received awarded disbursed scholarshipsAwarded } } }`,
      )
    ).data!.scholarshipDrive.totals;
    // Each award got 600k once (key a); the second 600k (key b) would exceed 1M and was refused.
    expect(totals).toEqual({
      pledged: 20_000_000,
      received: 20_000_000,
      awarded: 20_000_000,
      disbursed: 12_000_000,
      scholarshipsAwarded: 20,
    });
  });

  it('scopes idempotency keys to whoever sent them: HP reusing HN’s key gets its own pledge', async () => {
    const input = {
      ...driveInput(2),
      coSponsors: [{ cityCode: 'HP', organisationId: 'hp-cong-doan-nganh-giao-duc' }],
    };
    const drive = (await as('hn', CREATE, { input })).data!.createScholarshipDrive;
    await as('hn', `mutation { changeDriveStatus(driveId: "${drive.id}", status: OPEN) { id } }`);
    const sponsor = (cityCode: string) =>
      drive.parties.find((p: any) => p.cityCode === cityCode && p.role !== 'BENEFICIARY' && p.organisation)
        .id;
    const pledge = (who: string, cityCode: string, amount: number) =>
      as(
        who,
        `mutation { pledgeToDrive(driveId: "${drive.id}", sponsorPartyId: "${sponsor(cityCode)}", amount: ${amount},
        pledgedOn: "2024-03-10", idempotencyKey: "chung-1") { id amount } }`,
      );
    const hn = (await pledge('hn', 'HN', 1_000_000)).data!.pledgeToDrive;
    const hp = (await pledge('hp', 'HP', 2_000_000)).data!.pledgeToDrive;
    expect(hp.id).not.toBe(hn.id);
    expect(hp.amount).toBe(2_000_000);
    expect((await pledge('hp', 'HP', 2_000_000)).data!.pledgeToDrive.id).toBe(hp.id); // HP's own retry
    const progress = await as(
      'viewer',
      `{ scholarshipDrive(id: "${drive.id}") { totals { pledged } sponsorProgress { party { cityCode } pledged } } }`,
    );
    const { totals, sponsorProgress } = progress.data!.scholarshipDrive;
    expect(totals).toEqual({ pledged: 3_000_000 });
    expect(sponsorProgress.map((p: any) => [p.party.cityCode, p.pledged]).sort()).toEqual([
      ['HN', 1_000_000],
      ['HP', 2_000_000],
    ]);
  });

  it('refuses a drive whose parties their cities do not know, writing nothing', async () => {
    const count = async () =>
      (await as('viewer', '{ scholarshipDrives { id } }')).data!.scholarshipDrives.length;
    const before = await count();
    const withUnknown = (override: Record<string, unknown>) =>
      as('hn', CREATE, { input: { ...driveInput(1), ...override } });
    const refusals = [
      await withUnknown({ beneficiaries: [{ cityCode: 'HP', unitId: 'no-such-unit' }] }),
      await withUnknown({ beneficiaries: [{ cityCode: 'HN', unitId: 'hp-thpt-cat-ba' }] }), // Cát Bà is in Hải Phòng
      await withUnknown({ coSponsors: [{ cityCode: 'HP', organisationId: 'no-such-body' }] }),
    ];
    expect(refusals.map((r) => [code(r), r.errors?.[0].extensions?.argument])).toEqual([
      ['BAD_USER_INPUT', 'input.beneficiaries.unitId'],
      ['BAD_USER_INPUT', 'input.beneficiaries.unitId'],
      ['BAD_USER_INPUT', 'input.coSponsors.organisationId'],
    ]);
    expect(await count()).toBe(before);
  });

  it('holds the Cát Bà drive of SEED-FACTS exactly, sponsors and beneficiaries from their cities', async () => {
    const result = await as(
      'viewer',
      `{ scholarshipDrive(id: "cat-ba-2024") { title criteria scholarships amountEach status exchangeProgrammeId
      parties { role cityCode organisation { name } unit { name } }
      totals { target received awarded disbursed scholarshipsAwarded }
      beneficiaryProgress { party { unit { name } } nominations scholarships awarded }
      sponsorProgress { party { organisation { name } unit { name } } pledged received }
      awardedScholarships { amount disbursements { amount method } }
      nominations { initials isDemo } } }`,
    );
    expect(result.errors).toBeUndefined();
    const drive = result.data!.scholarshipDrive;
    expect(drive).toMatchObject({
      criteria: 'vượt khó học giỏi',
      scholarships: 20,
      amountEach: 1_000_000,
      status: 'AWARDED',
      exchangeProgrammeId: 'hn-hp-chia-se-kinh-nghiem',
    });
    expect(drive.totals).toEqual({
      target: 20_000_000,
      received: 20_000_000,
      awarded: 20_000_000,
      disbursed: 20_000_000,
      scholarshipsAwarded: 20,
    });
    const names = drive.parties.map((p: any) => [p.role, p.cityCode, p.organisation?.name ?? p.unit?.name]);
    expect(names).toEqual(
      expect.arrayContaining([
        ['ORGANISER', 'HN', 'Công đoàn ngành Giáo dục Hà Nội'],
        ['ORGANISER', 'HN', 'Công đoàn Trường THCS-THPT Newton'],
        ['BENEFICIARY', 'HP', 'Công đoàn Trường THPT Cát Bà'],
        ['BENEFICIARY', 'HP', 'Công đoàn Phòng Giáo dục và Đào tạo huyện Cát Hải'],
      ]),
    );
    expect(drive.beneficiaryProgress.reduce((total: number, b: any) => total + b.scholarships, 0)).toBe(20);
    expect(drive.nominations.every((n: any) => n.isDemo)).toBe(true);
    expect(drive.awardedScholarships).toHaveLength(20);
    expect(drive.awardedScholarships[0]).toEqual({
      amount: 1_000_000,
      disbursements: [{ amount: 1_000_000, method: 'CASH' }],
    });
    const open = await as('viewer', '{ scholarshipDrives { id status } }');
    expect(open.data!.scholarshipDrives).toEqual(
      expect.arrayContaining([{ id: 'thach-that-2025-demo', status: 'OPEN' }]),
    );
  });

  it('refuses every illegal transition and a non-positive amount, changing nothing', async () => {
    const statuses = ['OPEN', 'SELECTING', 'AWARDED', 'CLOSED', 'CANCELLED'];
    const legal: Record<string, string[]> = {
      DRAFT: ['OPEN', 'CANCELLED'],
      OPEN: ['SELECTING', 'CANCELLED'],
      SELECTING: ['AWARDED', 'CANCELLED'],
      AWARDED: ['CLOSED'],
    };
    const created = await as('hn', CREATE, { input: driveInput(1) });
    const id = created.data!.createScholarshipDrive.id;
    const move = (to: string) =>
      as('hn', `mutation { changeDriveStatus(driveId: "${id}", status: ${to}) { status } }`);
    for (const from of ['DRAFT', 'OPEN', 'SELECTING', 'AWARDED']) {
      for (const to of statuses.filter((s) => !legal[from].includes(s))) {
        expect(`${from} → ${to}: ${code(await move(to))}`).toBe(`${from} → ${to}: CONFLICT`);
      }
      if (from === 'OPEN') {
        const sponsor = created.data!.createScholarshipDrive.parties.find(
          (p: any) => p.role === 'ORGANISER',
        ).id;
        const zero = await as(
          'hn',
          `mutation { pledgeToDrive(driveId: "${id}", sponsorPartyId: "${sponsor}", amount: 0, pledgedOn: "2024-01-01") { id } }`,
        );
        expect(code(zero)).toBe('BAD_USER_INPUT');
      }
      await move(legal[from][0]);
    }
    const closed = await as('viewer', `{ scholarshipDrive(id: "${id}") { status totals { pledged } } }`);
    expect(closed.data!.scholarshipDrive).toEqual({ status: 'CLOSED', totals: { pledged: 0 } });
    expect(code(await move('OPEN'))).toBe('CONFLICT');
  });
});
