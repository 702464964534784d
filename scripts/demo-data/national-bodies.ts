import { NATIONAL_BODY_CODES } from '../../services/shared/src/national-bodies';
import type { NationalLeaderRecord } from '../../services/cooperation/src/services/national-body-writer.service';

/**
 * Leaders of the national bodies: only the people SEED-FACTS names, none invented. The bodies
 * themselves are reference data (migration 1764700000200-national-organisations).
 */
export const NATIONAL_LEADERS: NationalLeaderRecord[] = [
  {
    id: 'cdgd-vn-nguyen-thi-bich-hop',
    organisationCode: NATIONAL_BODY_CODES.CONG_DOAN_GIAO_DUC_VIET_NAM,
    fullName: 'Nguyễn Thị Bích Hợp',
    position: 'Phó Chủ tịch',
    note: 'Vice chair of Công đoàn Giáo dục Việt Nam in article 003; term dates not published.',
  },
];
