import { CampaignKind } from '../../services/city/src/entities/record-enums';
import type { CampaignRecord } from '../../services/city/src/services/records-writer.service';

const CDGD = 'Công đoàn Giáo dục Việt Nam';
const TLD = 'Tổng LĐLĐ Việt Nam';
const { CAMPAIGN, EMULATION_MOVEMENT } = CampaignKind;

/** The campaigns and movements the seed articles name, under the codes cities share. */
export const NAMED_CAMPAIGNS: CampaignRecord[] = [
  {
    code: 'ho-tro-giao-duc-mien-nui',
    kind: CAMPAIGN,
    launchedBy: CDGD,
    name: 'Hỗ trợ giáo dục miền núi, vùng sâu, vùng xa, vùng đặc biệt khó khăn',
  },
  {
    code: 'moi-thay-co-la-tam-guong',
    kind: CAMPAIGN,
    launchedBy: CDGD,
    name: 'Mỗi thầy, cô giáo là một tấm gương đạo đức, tự học và sáng tạo',
  },
  {
    code: 'mot-trieu-sang-kien',
    kind: EMULATION_MOVEMENT,
    launchedBy: TLD,
    name: '1 triệu sáng kiến - nỗ lực vượt khó, sáng tạo, quyết tâm chiến thắng đại dịch Covid-19',
  },
  {
    code: 'gioi-viec-nuoc-dam-viec-nha',
    kind: EMULATION_MOVEMENT,
    launchedBy: TLD,
    name: 'Giỏi việc nước - Đảm việc nhà',
  },
  {
    code: 'xanh-sach-dep-atvsld',
    kind: EMULATION_MOVEMENT,
    launchedBy: TLD,
    name: 'Xanh sạch đẹp, đảm bảo an toàn vệ sinh lao động',
  },
  { code: 'dan-chu-ky-cuong', kind: CAMPAIGN, name: 'Dân chủ - Kỷ cương - Tình thương - Trách nhiệm' },
  {
    code: 'noi-khong-voi-tieu-cuc',
    kind: CAMPAIGN,
    name: 'Nói không với tiêu cực và bệnh thành tích trong giáo dục',
  },
  { code: 'doi-moi-sang-tao-day-hoc', kind: EMULATION_MOVEMENT, name: 'Đổi mới, sáng tạo trong dạy và học' },
  { code: 'hai-tot', kind: EMULATION_MOVEMENT, name: 'Dạy tốt, học tốt ("Hai tốt")' },
  { code: 'sang-kien-sang-tao', kind: EMULATION_MOVEMENT, name: 'Sáng kiến, sáng tạo' },
  { code: 'lao-dong-sang-tao', kind: EMULATION_MOVEMENT, launchedBy: TLD, name: 'Lao động sáng tạo' },
  { code: 'dan-van-kheo', kind: EMULATION_MOVEMENT, name: 'Dân vận khéo' },
  {
    code: 'nong-thon-moi-do-thi-van-minh',
    kind: CAMPAIGN,
    name: 'Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh',
  },
  {
    code: 'can-bo-trung-thanh-liem-chinh',
    kind: EMULATION_MOVEMENT,
    name: 'Xây dựng người cán bộ công chức, viên chức trung thành, trách nhiệm, liêm chính, sáng tạo',
  },
  {
    code: 'ung-xu-su-pham',
    kind: CAMPAIGN,
    name: 'Nâng cao năng lực ứng xử sư phạm, đạo đức nhà giáo, người lao động đáp ứng yêu cầu nhiệm vụ trong tình hình mới',
  },
];

/** Hà Nội's own campaigns and movements. */
export const HANOI_CAMPAIGNS: CampaignRecord[] = [
  {
    code: 'nha-giao-ha-noi-giup-do-hoc-sinh',
    kind: CAMPAIGN,
    isLocal: true,
    launchedBy: 'Công đoàn ngành Giáo dục Hà Nội',
    name: 'Nhà giáo Hà Nội giúp đỡ học sinh khó khăn',
  },
  {
    code: 'truong-van-hoa-nha-giao-mau-muc',
    kind: EMULATION_MOVEMENT,
    isLocal: true,
    name: 'Xây dựng nhà trường văn hóa - Nhà giáo mẫu mực - Học sinh thanh lịch',
  },
  { code: 'truong-hoc-hanh-phuc', kind: EMULATION_MOVEMENT, isLocal: true, name: 'Trường học hạnh phúc' },
  {
    code: 'nha-truong-cung-chung-tay',
    kind: EMULATION_MOVEMENT,
    isLocal: true,
    launchedBy: 'Công đoàn ngành Giáo dục Hà Nội',
    name: 'Nhà trường cùng chung tay phát triển - Thầy cô cùng sẻ chia trách nhiệm',
  },
];
