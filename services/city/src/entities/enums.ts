import { registerEnumType } from 'type-graphql';

export enum OrganisationKind {
  EDUCATION_UNION = 'EDUCATION_UNION',
  CITY_LABOUR_FEDERATION = 'CITY_LABOUR_FEDERATION',
  DISTRICT_LABOUR_FEDERATION = 'DISTRICT_LABOUR_FEDERATION',
  EDUCATION_DEPARTMENT = 'EDUCATION_DEPARTMENT',
  DISTRICT_EDUCATION_OFFICE = 'DISTRICT_EDUCATION_OFFICE',
  /** Công đoàn xã/phường/đặc khu: took over the district federations' grassroots unions on 1 July 2025. */
  COMMUNE_UNION = 'COMMUNE_UNION',
}

/** Units keep their record after reorganisation; the status says what became of them. */
export enum UnitStatus {
  ACTIVE = 'ACTIVE',
  MERGED = 'MERGED',
  MOVED = 'MOVED',
  DISSOLVED = 'DISSOLVED',
}

export enum LeaderRole {
  CHAIR = 'CHAIR',
  VICE_CHAIR = 'VICE_CHAIR',
  DIRECTOR = 'DIRECTOR',
  DEPUTY_DIRECTOR = 'DEPUTY_DIRECTOR',
}

export enum SchoolLevel {
  PRESCHOOL = 'PRESCHOOL',
  PRIMARY = 'PRIMARY',
  LOWER_SECONDARY = 'LOWER_SECONDARY',
  UPPER_SECONDARY = 'UPPER_SECONDARY',
  MULTI_LEVEL = 'MULTI_LEVEL',
  CONTINUING_EDUCATION = 'CONTINUING_EDUCATION',
  OFFICE = 'OFFICE',
}

export enum DistrictKind {
  URBAN_DISTRICT = 'URBAN_DISTRICT',
  RURAL_DISTRICT = 'RURAL_DISTRICT',
  TOWN = 'TOWN',
}

export const LEADER_TITLES: Record<LeaderRole, string> = {
  [LeaderRole.CHAIR]: 'Chủ tịch',
  [LeaderRole.VICE_CHAIR]: 'Phó Chủ tịch',
  [LeaderRole.DIRECTOR]: 'Giám đốc',
  [LeaderRole.DEPUTY_DIRECTOR]: 'Phó Giám đốc',
};

registerEnumType(OrganisationKind, { name: 'OrganisationKind' });
registerEnumType(UnitStatus, { name: 'UnitStatus' });
registerEnumType(LeaderRole, { name: 'LeaderRole' });
registerEnumType(SchoolLevel, {
  name: 'SchoolLevelCode',
  description: 'Cấp học of the school a union belongs to.',
});
registerEnumType(DistrictKind, { name: 'DistrictKind', description: 'Quận, huyện or thị xã.' });
