import { registerMessages } from '../i18n/i18n';

export const NS = 'overview';

registerMessages(NS, {
  vi: {
    title: 'Tổng quan các thành phố',
    intro:
      'Mỗi thành phố thành viên: công đoàn ngành giáo dục, chủ tịch, công đoàn cơ sở, đoàn viên và số liệu năm học {{period}}.',
    educationUnion: 'Công đoàn ngành',
    chair: 'Chủ tịch',
    grassrootsUnions: 'Công đoàn cơ sở',
    members: 'Đoàn viên',
    joinedOn: 'Tham gia từ',
    keyFigures: 'Số liệu năm học {{period}}',
    reportingUnions: 'CĐCS báo cáo',
    reportedMembers: 'Đoàn viên (báo cáo)',
    initiatives: 'Sáng kiến',
    awards: 'Khen thưởng (lượt)',
    trainings: 'Lớp tập huấn',
    campaignResults: 'Kết quả phong trào',
    available: 'Đang hoạt động',
    unavailable: 'Không truy cập được',
    availability: 'Tình trạng',
    openCity: 'Xem chi tiết {{city}}',
    membersChart: 'Đoàn viên theo thành phố',
    table: 'Các thành phố thành viên',
    city: 'Thành phố',
  },
  en: {
    title: 'Cities at a glance',
    intro:
      'Every member city: its education union, chair, grassroots unions, members and the figures of {{period}}.',
    educationUnion: 'Education union',
    chair: 'Chair',
    grassrootsUnions: 'Grassroots unions',
    members: 'Members',
    joinedOn: 'Member since',
    keyFigures: 'Figures for {{period}}',
    reportingUnions: 'Unions reporting',
    reportedMembers: 'Members (reported)',
    initiatives: 'Initiatives',
    awards: 'Awards (recipients)',
    trainings: 'Training classes',
    campaignResults: 'Campaign results',
    available: 'Available',
    unavailable: 'Unreachable',
    availability: 'Availability',
    openCity: 'Open {{city}}',
    membersChart: 'Members by city',
    table: 'Member cities',
    city: 'City',
  },
});
