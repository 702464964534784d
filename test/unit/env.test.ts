import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { booleanEnv, cityCodeEnv, intEnv, secretEnv } from '../../services/shared/src/env';

describe('configuration helpers', () => {
  it('reads a secret from NAME or from the file in NAME_FILE', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'uft-env-')), 'secret');
    writeFileSync(file, 'from-a-file\n');
    expect(secretEnv({ S: 'inline' }, 'S')).toBe('inline');
    expect(secretEnv({ S: 'inline', S_FILE: file }, 'S')).toBe('from-a-file');
  });

  it('refuses a bad city code and a bad number at start-up', () => {
    expect(() => cityCodeEnv({ CITY_CODE: 'hanoi' }, 'CITY_CODE')).toThrow('2-8 upper-case letters');
    expect(() => intEnv({ PORT: 'eighty' }, 'PORT', 1)).toThrow('whole number');
    expect(intEnv({}, 'PORT', 4000)).toBe(4000);
  });

  it('reads a switch and refuses a word it does not know instead of reading it as false', () => {
    expect(booleanEnv({}, 'METRICS_ENABLED', true)).toBe(true);
    expect(booleanEnv({ METRICS_ENABLED: ' Off ' }, 'METRICS_ENABLED', true)).toBe(false);
    expect(booleanEnv({ INTROSPECTION: 'yes' }, 'INTROSPECTION', false)).toBe(true);
    expect(() => booleanEnv({ INTROSPECTION: 'maybe' }, 'INTROSPECTION', false)).toThrow(
      'INTROSPECTION must be true or false (got "maybe")',
    );
  });
});
