import { registerEnumType } from 'type-graphql';

export enum CampaignKind {
  /** Phong trào thi đua. */
  EMULATION_MOVEMENT = 'EMULATION_MOVEMENT',
  /** Cuộc vận động. */
  CAMPAIGN = 'CAMPAIGN',
}

export enum AwardKind {
  CO_THI_DUA = 'CO_THI_DUA',
  BANG_KHEN = 'BANG_KHEN',
  GIAY_KHEN = 'GIAY_KHEN',
  LAO_DONG_TIEN_TIEN = 'LAO_DONG_TIEN_TIEN',
  CHIEN_SI_THI_DUA_CO_SO = 'CHIEN_SI_THI_DUA_CO_SO',
}

/** Who confers an award: the union levels, or the government for the titles it confers. */
export enum IssuerLevel {
  TONG_LDLD_VIET_NAM = 'TONG_LDLD_VIET_NAM',
  CONG_DOAN_GIAO_DUC_VIET_NAM = 'CONG_DOAN_GIAO_DUC_VIET_NAM',
  LDLD_THANH_PHO = 'LDLD_THANH_PHO',
  CITY_EDUCATION_UNION = 'CITY_EDUCATION_UNION',
  DISTRICT_FEDERATION = 'DISTRICT_FEDERATION',
  GOVERNMENT = 'GOVERNMENT',
}

export enum RecipientType {
  COLLECTIVE = 'COLLECTIVE',
  INDIVIDUAL = 'INDIVIDUAL',
}

export enum RecordStatus {
  ACTIVE = 'ACTIVE',
  REVOKED = 'REVOKED',
}

export enum InitiativeLevel {
  GRASSROOTS = 'GRASSROOTS',
  DISTRICT = 'DISTRICT',
  CITY = 'CITY',
}

export enum AgreementKind {
  /** Chương trình phối hợp. */
  PROGRAMME = 'PROGRAMME',
  /** Kế hoạch phối hợp / liên tịch. */
  PLAN = 'PLAN',
  /** Hướng dẫn. */
  GUIDANCE = 'GUIDANCE',
  /** Đề án. */
  SCHEME = 'SCHEME',
}

export const AWARD_KIND_NAMES: Record<AwardKind, string> = {
  [AwardKind.CO_THI_DUA]: 'Cờ thi đua',
  [AwardKind.BANG_KHEN]: 'Bằng khen',
  [AwardKind.GIAY_KHEN]: 'Giấy khen',
  [AwardKind.LAO_DONG_TIEN_TIEN]: 'Lao động tiên tiến',
  [AwardKind.CHIEN_SI_THI_DUA_CO_SO]: 'Chiến sĩ thi đua cơ sở',
};

registerEnumType(CampaignKind, { name: 'CampaignKind' });
registerEnumType(AwardKind, { name: 'AwardKind' });
registerEnumType(IssuerLevel, { name: 'IssuerLevel' });
registerEnumType(RecipientType, { name: 'RecipientType' });
registerEnumType(RecordStatus, { name: 'RecordStatus' });
registerEnumType(InitiativeLevel, { name: 'InitiativeLevel' });
registerEnumType(AgreementKind, { name: 'AgreementKind' });
