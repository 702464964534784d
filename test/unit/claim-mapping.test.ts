import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importJWK, SignJWT } from 'jose';
import { createTokenVerifier } from '../../gateway/src/authentication';
import { mapClaims, readClaimMapping } from '../../gateway/src/claim-mapping';
import { readSignInSettings } from '../../gateway/src/sign-in-config';
import { DemoKeys, ensureDemoKeys } from '../../scripts/demo-keys';

describe('which token claims carry role, city and unit (JWT_*_CLAIM)', () => {
  let keys: DemoKeys;
  beforeAll(async () => {
    keys = await ensureDemoKeys(mkdtempSync(join(tmpdir(), 'uft-claims-')));
  });
  afterAll(() => rmSync(keys.dir, { recursive: true, force: true }));

  /** A token shaped like another provider's: any claims, signed with the demo issuer key. */
  const tokenWith = async (claims: Record<string, unknown>) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'ES256', kid: keys.privateJwk.kid })
      .setIssuer(keys.issuer)
      .setAudience(keys.audience)
      .setExpirationTime('5m')
      .sign(await importJWK(keys.privateJwk, 'ES256'));

  const verifier = (env: Record<string, string>) =>
    createTokenVerifier({
      jwksFile: keys.jwksFile,
      issuer: keys.issuer,
      audience: keys.audience,
      algorithms: ['ES256'],
      claims: readClaimMapping(env),
    });

  it('reads Keycloak-style realm roles and custom attribute claims', async () => {
    const verify = verifier({
      JWT_ROLE_CLAIM: 'realm_access.roles',
      JWT_CITY_CLAIM: 'hub.city',
      JWT_UNIT_CLAIM: 'hub.unit',
    });
    const token = await tokenWith({
      sub: 'kc-1',
      realm_access: { roles: ['offline_access', 'uma_authorization', 'city-officer'] },
      hub: { city: 'HP' },
    });
    expect(await verify(`Bearer ${token}`)).toEqual({
      subject: 'kc-1',
      role: 'city-officer',
      cityCode: 'HP',
      anonymous: false,
    });
  });

  it('reads Entra ID app roles (a list) and refuses a person holding two of the hub’s roles', async () => {
    const verify = verifier({ JWT_ROLE_CLAIM: 'roles', JWT_UNIT_CLAIM: 'extension_hubUnit' });
    const school = await tokenWith({
      sub: 'e-1',
      roles: ['school-officer'],
      extension_hubUnit: 'HN/hn-thcs-thpt-newton',
    });
    expect((await verify(`Bearer ${school}`)).unit).toEqual({ cityCode: 'HN', id: 'hn-thcs-thpt-newton' });
    const both = await tokenWith({ sub: 'e-2', roles: ['viewer', 'hub-admin'] });
    await expect(verify(`Bearer ${both}`)).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
      message: expect.stringContaining('more than one role'),
    });
    const none = await tokenWith({ sub: 'e-3', roles: ['Some.Other.App'] });
    await expect(verify(`Bearer ${none}`)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('keeps the defaults, and a role claim in the default place of a mapped provider means nothing', async () => {
    expect(readClaimMapping({})).toEqual({ role: 'role', city: 'city', unit: 'unit' });
    expect(
      mapClaims(
        { sub: 's', role: 'hub-admin', roles: ['viewer'] },
        readClaimMapping({ JWT_ROLE_CLAIM: 'roles' }),
      ),
    ).toEqual({ sub: 's', role: 'viewer' });
    expect(() => readClaimMapping({ JWT_ROLE_CLAIM: 'realm_access..roles' })).toThrow('JWT_ROLE_CLAIM');
  });

  it('serves sign-in settings only when an authority is configured, and refuses a malformed one', () => {
    expect(readSignInSettings({})).toEqual({
      authority: undefined,
      clientId: 'union-hub-dashboard',
      scope: 'openid profile offline_access hub',
    });
    expect(
      readSignInSettings({ OIDC_AUTHORITY: 'https://sso.example.vn/realms/cdgd', OIDC_SCOPE: 'openid' }),
    ).toMatchObject({ authority: 'https://sso.example.vn/realms/cdgd', scope: 'openid' });
    expect(() => readSignInSettings({ OIDC_AUTHORITY: 'sso.example.vn' })).toThrow('OIDC_AUTHORITY');
  });
});
