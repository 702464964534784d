import * as money from '../../services/cooperation/src/entities/drive-money.entity';
import {
  DriveParty,
  DriveStatus,
  PartyRole,
  ScholarshipDrive,
} from '../../services/cooperation/src/entities/drive.entity';
import * as programme from '../../services/cooperation/src/entities/programme.entity';
import { CatalogCampaignKind, CampaignScope } from '../../services/cooperation/src/entities/catalog.entity';
import type { DriveBundle } from '../../services/cooperation/src/services/drive-writer.service';

/*
 * Generated cooperation records for test/subgraph/cooperation-statement-counts.test.ts: a small and a
 * large set of each kind, every record distinct (amounts, ids), so that an answer shows whose it is.
 */
export const make = <T extends object>(type: new () => T, values: Partial<T>): T =>
  Object.assign(new type(), values);
export const range = (size: number) => Array.from({ length: size }, (_, i) => i);

/** Drive `id`: 4 parties, 3 pledges (one withdrawn), 2 nominations, 1 award paid in part. */
export function bulkDrive(id: string, i: number, exchangeProgrammeId: string | null = null): DriveBundle {
  const party = (suffix: string, role: PartyRole, cityCode: string, unit: boolean) =>
    make(DriveParty, {
      id: `${id}-${suffix}`,
      driveId: id,
      role,
      cityCode,
      organisationId: unit ? null : `${cityCode.toLowerCase()}-org`,
      unitId: unit ? `${id}-unit-${suffix}` : null,
    });
  const [org, sponsor, a, b] = [
    party('org', PartyRole.ORGANISER, 'HN', false),
    party('sponsor', PartyRole.CO_SPONSOR, 'HN', true),
    party('a', PartyRole.BENEFICIARY, 'HP', true),
    party('b', PartyRole.BENEFICIARY, 'HP', true),
  ];
  const pledge = (
    n: number,
    by: DriveParty,
    amount: number,
    receivedAmount: number,
    status: money.PledgeStatus,
  ) =>
    make(money.Pledge, {
      id: `${id}-p${n}`,
      driveId: id,
      sponsorPartyId: by.id,
      amount,
      pledgedOn: '2024-03-01',
      note: null,
      receivedAmount,
      receivedOn: null,
      status,
      idempotencyKey: null,
    });
  const nomination = (n: number, by: DriveParty) =>
    make(money.Nomination, {
      id: `${id}-n${n}`,
      driveId: id,
      beneficiaryPartyId: by.id,
      studentName: `Học Sinh ${id} ${n}`,
      initials: `H.S.${n}`,
      status: money.NominationStatus.APPROVED,
      isDemo: true,
    });
  const award = make(money.ScholarshipAward, {
    id: `${id}-a0`,
    driveId: id,
    nominationId: `${id}-n0`,
    amount: 3_000,
    awardedOn: '2024-04-01',
  });
  return {
    drive: make(ScholarshipDrive, {
      id,
      title: `Học bổng ${i}`,
      purpose: null,
      criteria: 'vượt khó học giỏi',
      scholarships: 2,
      amountEach: 1_000 * (i + 1),
      status: DriveStatus.AWARDED,
      opensOn: `2024-01-${String(1 + (i % 28)).padStart(2, '0')}`,
      closesOn: null,
      exchangeProgrammeId,
      version: 1,
      personalDataErasedOn: null,
      isDemo: true,
    }),
    parties: [org, sponsor, a, b],
    pledges: [
      pledge(0, org, 1_000 * (i + 1), 0, money.PledgeStatus.PLEDGED),
      pledge(1, sponsor, 2_000, 500, money.PledgeStatus.PLEDGED),
      pledge(2, sponsor, 700, 0, money.PledgeStatus.WITHDRAWN),
    ],
    receipts: [],
    nominations: [nomination(0, a), nomination(1, b)],
    awards: [award],
    disbursements: [
      make(money.Disbursement, {
        id: `${id}-d0`,
        driveId: id,
        awardId: award.id,
        amount: 1_000,
        paidOn: '2024-05-01',
        method: money.DisbursementMethod.CASH,
        acknowledgedBy: `Phụ huynh ${id}`,
        idempotencyKey: null,
      }),
    ],
  };
}

/** Programme `id` of `year`: 2 members per city (co-chair first), 2 visits, 2 follow-ups, 1 drive. */
export function bulkProgramme(id: string, year: number, i: number) {
  const member = (cityCode: string, n: number) =>
    make(programme.DelegationMember, {
      id: `${id}-${cityCode}-${n}`,
      programmeId: id,
      cityCode,
      fullName: `Đại biểu ${cityCode} ${n}`,
      position: n ? 'Ủy viên' : 'Chủ tịch',
      coChair: n === 0,
      leaderId: n ? null : `${cityCode.toLowerCase()}-chair`,
      organisationId: null,
    });
  const followUp = (n: number, status: programme.FollowUpStatus) =>
    make(programme.FollowUpAction, {
      id: `${id}-f${n}`,
      programmeId: id,
      action: `Việc ${n} của ${id}`,
      ownerCity: 'HP',
      ownerOrganisationId: null,
      ownerUnitId: `${id}-owner-${n}`,
      dueOn: `${year}-0${n + 5}-01`,
      status,
    });
  return {
    programme: make(programme.ExchangeProgramme, {
      id,
      title: `Giao lưu ${id}`,
      kind: programme.ProgrammeKind.STUDY_VISIT,
      hostCity: i % 2 ? 'HN' : 'HP',
      cityCodes: ['HP', 'HN'],
      startsOn: `${year}-03-${String(1 + (i % 28)).padStart(2, '0')}`,
      endsOn: `${year}-03-28`,
      place: null,
      status: programme.ProgrammeStatus.HELD,
      agendaCampaigns: [`lon-${i % 30}`, 'nho-0'],
      outcomes: [],
      isDemo: true,
    }),
    members: ['HP', 'HN'].flatMap((city) => [member(city, 1), member(city, 0)]),
    visits: range(2).map((n) =>
      make(programme.ProgrammeVisit, { programmeId: id, cityCode: 'HP', unitId: `${id}-visit-${n}` }),
    ),
    followUps: [followUp(0, programme.FollowUpStatus.OPEN), followUp(1, programme.FollowUpStatus.DONE)],
    drive: bulkDrive(`${id}-drive`, i, id),
  };
}

export const city = (code: string, name: string) => ({
  code,
  name,
  englishName: null,
  joinedOn: '2024-03-01',
});
const letters = (i: number) => String.fromCharCode(65 + Math.floor(i / 26), 65 + (i % 26));
export const SMALL_CITIES = range(2).map((i) => city(`N${letters(i)}`, `Tỉnh Nhỏ ${i}`));
export const LARGE_CITIES = range(30).map((i) => city(`L${letters(i)}`, `Tỉnh Lớn ${i}`));

/** Campaigns "nho-*" and "lon-*", 2 editions each, compared by HN and HP. */
export function bulkCampaigns(prefix: string, name: string, size: number) {
  const codes = range(size).map((i) => `${prefix}-${i}`);
  return {
    campaigns: codes.map((code, i) => ({
      code,
      name: `${name} ${i}`,
      kind: CatalogCampaignKind.CAMPAIGN,
      launchedBy: null,
      scope: CampaignScope.NATIONAL,
      startYear: 2020,
      description: null,
    })),
    editions: codes.flatMap((campaignCode) =>
      ['2022-2023', '2023-2024'].map((period) => ({ campaignCode, period })),
    ),
    joint: codes.flatMap((campaignCode) => ['HN', 'HP'].map((cityCode) => ({ campaignCode, cityCode }))),
  };
}

/** Partnerships of unit `${city}-u` with 30 or 2 others, 2 activities each. */
export function bulkPartnerships(cityCode: string, partners: string[]) {
  const partnerships = partners.map((partner, i) => ({
    id: `${cityCode}-tw-${i}`,
    unitA: { cityCode, id: `${cityCode}-u` },
    unitB: { cityCode: partner, id: `${partner}-u${i}` },
    startedOn: `2023-09-${String(1 + (i % 28)).padStart(2, '0')}`,
    isDemo: true,
  }));
  const activities = partnerships.flatMap(({ id }, i) =>
    range(2).map((n) =>
      make(programme.PartnershipActivity, {
        id: `${id}-act-${n}`,
        partnershipId: id,
        heldOn: `2024-0${n + 1}-15`,
        kind: `Sinh hoạt ${n}`,
        participants: 10 * i + n,
        note: null,
      }),
    ),
  );
  return { partnerships, activities };
}
