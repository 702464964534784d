import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { registerMessages } from '../i18n/i18n';
import { NS } from './messages';

// The graph's enum values in words, for both pages of the city folder (same namespace).
registerMessages(NS, {
  vi: {
    enum: {
      SchoolLevelCode: {
        PRESCHOOL: 'Mầm non',
        PRIMARY: 'Tiểu học',
        LOWER_SECONDARY: 'Trung học cơ sở',
        UPPER_SECONDARY: 'Trung học phổ thông',
        MULTI_LEVEL: 'Nhiều cấp học',
        CONTINUING_EDUCATION: 'Giáo dục thường xuyên',
        OFFICE: 'Cơ quan quản lý giáo dục',
      },
      UnitStatus: {
        ACTIVE: 'Đang hoạt động',
        MERGED: 'Đã sáp nhập',
        MOVED: 'Đã chuyển',
        DISSOLVED: 'Đã giải thể',
      },
      DistrictKind: { URBAN_DISTRICT: 'Quận', RURAL_DISTRICT: 'Huyện', TOWN: 'Thị xã' },
      IssuerLevel: {
        TONG_LDLD_VIET_NAM: 'Tổng LĐLĐ Việt Nam',
        CONG_DOAN_GIAO_DUC_VIET_NAM: 'Công đoàn Giáo dục Việt Nam',
        LDLD_THANH_PHO: 'LĐLĐ thành phố',
        CITY_EDUCATION_UNION: 'Công đoàn ngành Giáo dục thành phố',
        DISTRICT_FEDERATION: 'LĐLĐ quận, huyện',
        GOVERNMENT: 'Cơ quan nhà nước',
      },
      RecipientType: { COLLECTIVE: 'Tập thể', INDIVIDUAL: 'Cá nhân' },
      RecordStatus: { ACTIVE: 'Còn hiệu lực', REVOKED: 'Đã thu hồi' },
      AgreementKind: {
        PROGRAMME: 'Chương trình phối hợp',
        PLAN: 'Kế hoạch phối hợp',
        GUIDANCE: 'Hướng dẫn',
        SCHEME: 'Đề án',
      },
      InitiativeLevel: { GRASSROOTS: 'Cơ sở', DISTRICT: 'Quận, huyện', CITY: 'Thành phố' },
      PartnershipStatus: { ACTIVE: 'Đang kết nghĩa', ENDED: 'Đã kết thúc' },
    },
  },
  en: {
    enum: {
      SchoolLevelCode: {
        PRESCHOOL: 'Preschool',
        PRIMARY: 'Primary',
        LOWER_SECONDARY: 'Lower secondary',
        UPPER_SECONDARY: 'Upper secondary',
        MULTI_LEVEL: 'Several levels',
        CONTINUING_EDUCATION: 'Continuing education',
        OFFICE: 'Education office',
      },
      UnitStatus: { ACTIVE: 'Active', MERGED: 'Merged', MOVED: 'Moved', DISSOLVED: 'Dissolved' },
      DistrictKind: { URBAN_DISTRICT: 'Urban district', RURAL_DISTRICT: 'Rural district', TOWN: 'Town' },
      IssuerLevel: {
        TONG_LDLD_VIET_NAM: 'Vietnam General Confederation of Labour',
        CONG_DOAN_GIAO_DUC_VIET_NAM: 'Vietnam Education Trade Union',
        LDLD_THANH_PHO: 'City labour federation',
        CITY_EDUCATION_UNION: 'City education union',
        DISTRICT_FEDERATION: 'District labour federation',
        GOVERNMENT: 'Government',
      },
      RecipientType: { COLLECTIVE: 'Collective', INDIVIDUAL: 'Individual' },
      RecordStatus: { ACTIVE: 'In force', REVOKED: 'Revoked' },
      AgreementKind: {
        PROGRAMME: 'Coordination programme',
        PLAN: 'Coordination plan',
        GUIDANCE: 'Guidance',
        SCHEME: 'Scheme',
      },
      InitiativeLevel: { GRASSROOTS: 'Grassroots', DISTRICT: 'District', CITY: 'City' },
      PartnershipStatus: { ACTIVE: 'Active', ENDED: 'Ended' },
    },
  },
});

export type EnumName =
  | 'SchoolLevelCode'
  | 'UnitStatus'
  | 'DistrictKind'
  | 'IssuerLevel'
  | 'RecipientType'
  | 'RecordStatus'
  | 'AgreementKind'
  | 'InitiativeLevel'
  | 'PartnershipStatus';

/** An enum value in words; an unknown value (a newer graph) shows as its code rather than nothing. */
export function useEnumLabel() {
  const { t } = useTranslation(NS);
  return useCallback(
    (name: EnumName, value: string | null | undefined) =>
      value ? t(`enum.${name}.${value}`, { defaultValue: value }) : '',
    [t],
  );
}
