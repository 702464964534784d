import { createServer, Server } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTokenVerifier } from '../../gateway/src/authentication';
import { DemoKeys, ensureDemoKeys, signDemoToken } from '../../scripts/demo-keys';

describe('token verifier', () => {
  let keys: DemoKeys;
  let server: Server;
  let jwksUrl: string;
  beforeAll(async () => {
    keys = await ensureDemoKeys(mkdtempSync(join(tmpdir(), 'uft-verifier-')));
    const jwks = readFileSync(keys.jwksFile, 'utf8');
    server = createServer((_req, res) =>
      res.writeHead(200, { 'content-type': 'application/json' }).end(jwks),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    jwksUrl = `http://127.0.0.1:${(server.address() as { port: number }).port}/.well-known/jwks.json`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(keys.dir, { recursive: true, force: true });
  });

  const settings = () => ({ issuer: keys.issuer, audience: keys.audience, algorithms: ['ES256'] });

  it('verifies against a JWKS served over HTTP (JWKS_URL) as well as a file', async () => {
    const token = await signDemoToken(keys, { sub: 'u1', role: 'school-officer', unit: 'HP/hp-thpt-cat-ba' });
    for (const verify of [
      createTokenVerifier({ ...settings(), jwksUrl }),
      createTokenVerifier({ ...settings(), jwksFile: keys.jwksFile }),
    ]) {
      expect(await verify(`Bearer ${token}`)).toEqual({
        subject: 'u1',
        role: 'school-officer',
        unit: { cityCode: 'HP', id: 'hp-thpt-cat-ba' },
        anonymous: false,
      });
    }
  });

  it('refuses to be configured with a symmetric algorithm or without keys', () => {
    expect(() => createTokenVerifier({ ...settings(), algorithms: ['HS256'], jwksUrl })).toThrow(
      'not asymmetric',
    );
    expect(() => createTokenVerifier(settings())).toThrow('JWKS_FILE or JWKS_URL');
  });

  it('reads a school officer’s unit strictly: exactly CITY/unit-id', async () => {
    const verify = createTokenVerifier({ ...settings(), jwksFile: keys.jwksFile });
    const officer = async (unit: unknown) =>
      verify(
        `Bearer ${await signDemoToken(keys, { sub: 'u3', role: 'school-officer', unit: unit as string })}`,
      );
    expect((await officer('HN/hn-thcs-thpt-newton')).unit).toEqual({
      cityCode: 'HN',
      id: 'hn-thcs-thpt-newton',
    });
    const malformed = [
      'HN/hn-thcs-thpt-newton/extra',
      'HN/hn-thcs-thpt-newton/',
      '/HN/hn-thcs-thpt-newton',
      'HN//hn-thcs-thpt-newton',
      'HN/../hn-thcs-thpt-newton',
      'HN/',
      'hn/hn-thcs-thpt-newton',
      'HN/HN-THCS-THPT-NEWTON',
      'HN/hn thcs',
      ' HN/hn-thcs-thpt-newton',
      'HN/hn-thcs-thpt-newton\n',
      'HN/-leading-hyphen',
      `HN/${'a'.repeat(65)}`,
      'HN',
      ['HN', 'hn-thcs-thpt-newton'],
    ];
    for (const unit of malformed) {
      await expect(officer(unit)).rejects.toMatchObject({
        message: expect.stringMatching(/CITY\/unit-id/),
        extensions: { code: 'UNAUTHENTICATED' },
      });
    }
    expect((await officer(`HN/${'a'.repeat(64)}`)).unit?.id).toHaveLength(64);
  });

  it('refuses a city officer token without a city and a malformed header', async () => {
    const verify = createTokenVerifier({ ...settings(), jwksFile: keys.jwksFile });
    const token = await signDemoToken(keys, { sub: 'u2', role: 'city-officer' });
    await expect(verify(`Bearer ${token}`)).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
    });
    await expect(verify(`Basic abc`)).rejects.toThrow('must be "Bearer <token>"');
  });
});
