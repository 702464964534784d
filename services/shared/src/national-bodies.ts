import { foldForSearch } from './vietnamese-text';

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

/** The names a text may call each national body by (its name and short name, as the hub records them). */
const NATIONAL_BODY_NAMES: Record<string, readonly string[]> = {
  [NATIONAL_BODY_CODES.TONG_LDLD_VIET_NAM]: ['Tổng Liên đoàn Lao động Việt Nam', 'Tổng LĐLĐ Việt Nam'],
  [NATIONAL_BODY_CODES.CONG_DOAN_GIAO_DUC_VIET_NAM]: ['Công đoàn Giáo dục Việt Nam', 'CĐGD Việt Nam'],
};

/**
 * The national body a text names ("Tổng LĐLĐ Việt Nam", "cong doan giao duc viet nam"), accents and
 * case ignored; null for any other text. How a city's campaigns, which record their launcher as text,
 * come to refer to the body.
 */
export function nationalBodyCodeOfName(text: string | null | undefined): string | null {
  if (!text) return null;
  const folded = foldForSearch(text);
  const found = Object.entries(NATIONAL_BODY_NAMES).find(([, names]) =>
    names.some((name) => foldForSearch(name) === folded),
  );
  return found?.[0] ?? null;
}
