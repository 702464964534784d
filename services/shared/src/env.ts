import { readFileSync } from 'node:fs';
import { ConfigurationError } from './errors';

export type Env = Record<string, string | undefined>;

export function requiredEnv(env: Env, name: string): string {
  const value = env[name]?.trim();
  if (!value) throw new ConfigurationError(`${name} is required`);
  return value;
}

export function intEnv(env: Env, name: string, fallback: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    throw new ConfigurationError(`${name} must be a whole number, got "${raw}"`);
  }
  return value;
}

const TRUE_WORDS = ['1', 'true', 'yes', 'on'];
const FALSE_WORDS = ['0', 'false', 'no', 'off'];

/** A switch: true/false, 1/0, yes/no or on/off; anything else is refused rather than read as false. */
export function booleanEnv(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (!raw) return fallback;
  if (TRUE_WORDS.includes(raw)) return true;
  if (FALSE_WORDS.includes(raw)) return false;
  throw new ConfigurationError(`${name} must be true or false (got "${env[name]}")`);
}

/** City codes are short upper-case letters, as in the cooperation registry (HN, HP, DN). */
export const CITY_CODE_PATTERN = /^[A-Z]{2,8}$/;

export function cityCodeEnv(env: Env, name: string): string {
  const code = requiredEnv(env, name);
  if (!CITY_CODE_PATTERN.test(code)) {
    throw new ConfigurationError(`${name} must be 2-8 upper-case letters, e.g. HN (got "${code}")`);
  }
  return code;
}

/** A secret from NAME, or from the file named by NAME_FILE (Docker and Kubernetes secrets). */
export function secretEnv(env: Env, name: string): string | undefined {
  const file = env[`${name}_FILE`]?.trim();
  if (!file) return env[name];
  try {
    return readFileSync(file, 'utf8').trim();
  } catch (error) {
    throw new ConfigurationError(`${name}_FILE: cannot read ${file} (${(error as Error).message})`);
  }
}

/** JSON from NAME or from the file named by NAME_FILE (keys, key sets); undefined when neither is set. */
export function jsonEnv(env: Env, name: string): unknown {
  const text = secretEnv(env, name)?.trim();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // The text itself may be a key: it is never repeated in the message.
    throw new ConfigurationError(`${name} (or the file in ${name}_FILE) must be JSON`);
  }
}
