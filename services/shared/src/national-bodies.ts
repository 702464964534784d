/**
 * The bodies above the cities, by the stable codes of the hub's registry of national organisations
 * (services/cooperation, migration 1764700000200). Every subgraph names them by these codes only;
 * their names, kinds and leaders live in the hub.
 */
export const NATIONAL_BODY_CODES = {
  /** Tổng Liên đoàn Lao động Việt Nam (Vietnam General Confederation of Labour). */
  TONG_LDLD_VIET_NAM: 'TLD-VN',
  /** Công đoàn Giáo dục Việt Nam (Vietnam Education Trade Union). */
  CONG_DOAN_GIAO_DUC_VIET_NAM: 'CDGD-VN',
} as const;

/**
 * The national body behind an award's issuer level, or null for the levels of a city (its LĐLĐ, its
 * education union, a district federation) and for the government. The two national issuer levels
 * carry the same names as the keys above in both subgraphs' IssuerLevel enums.
 */
export function nationalIssuerCode(issuerLevel: string): string | null {
  return Object.hasOwn(NATIONAL_BODY_CODES, issuerLevel)
    ? NATIONAL_BODY_CODES[issuerLevel as keyof typeof NATIONAL_BODY_CODES]
    : null;
}
