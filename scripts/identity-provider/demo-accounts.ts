import { scryptSync, timingSafeEqual } from 'node:crypto';

/**
 * The demo provider's people, one per role of DESIGN.md. Their passwords are printed by `npm start`
 * and written in the README: demo only — the provider refuses to run with NODE_ENV=production.
 */
export interface DemoAccount {
  username: string;
  password: string;
  /** Shown in the page's header once signed in. */
  name: string;
  role: 'viewer' | 'city-officer' | 'school-officer' | 'hub-admin';
  city?: string;
  unit?: string;
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    username: 'hn-officer',
    password: 'HaNoi-2025',
    name: 'Cán bộ Công đoàn Ngành Giáo dục Hà Nội',
    role: 'city-officer',
    city: 'HN',
  },
  {
    username: 'hp-officer',
    password: 'HaiPhong-2025',
    name: 'Cán bộ Công đoàn Ngành Giáo dục Hải Phòng',
    role: 'city-officer',
    city: 'HP',
  },
  {
    username: 'newton-officer',
    password: 'Newton-2025',
    name: 'Cán bộ Công đoàn Trường THCS-THPT Newton',
    role: 'school-officer',
    unit: 'HN/hn-thcs-thpt-newton',
  },
  {
    username: 'catba-officer',
    password: 'CatBa-2025',
    name: 'Cán bộ Công đoàn Trường THPT Cát Bà',
    role: 'school-officer',
    unit: 'HP/hp-thpt-cat-ba',
  },
  { username: 'hub-admin', password: 'Hub-Admin-2025', name: 'Quản trị viên Hub', role: 'hub-admin' },
  { username: 'viewer', password: 'Viewer-2025', name: 'Người xem', role: 'viewer' },
];

// Salted hashes, so that a comparison takes the same time whatever the guess.
const SALT = Buffer.from('union-hub-demo-accounts');
const hash = (password: string) => scryptSync(password.normalize('NFC'), SALT, 32);
const HASHES = new Map(DEMO_ACCOUNTS.map((account) => [account.username, hash(account.password)]));

/** The account for a username and password, or undefined (one answer for "no such user" and "wrong"). */
export function authenticate(username: string, password: string): DemoAccount | undefined {
  const expected = HASHES.get(username.trim().toLowerCase());
  const given = hash(password);
  if (!expected || !timingSafeEqual(expected, given)) return undefined;
  return DEMO_ACCOUNTS.find((account) => account.username === username.trim().toLowerCase());
}

export const accountById = (username: string) =>
  DEMO_ACCOUNTS.find((account) => account.username === username);

/** The hub's claims of an account, as the gateway reads them (JWT_ROLE_CLAIM etc. at their defaults). */
export function hubClaimsOf(account: DemoAccount): Record<string, string> {
  return {
    role: account.role,
    ...(account.city ? { city: account.city } : {}),
    ...(account.unit ? { unit: account.unit } : {}),
  };
}
