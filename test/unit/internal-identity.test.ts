import { JWK, SignJWT } from 'jose';
import { ConfigurationError } from '../../services/shared/src/errors';
import {
  GatewaySigningKey,
  gatewayPublicKeysEnv,
  gatewaySigningKeyEnv,
  requireGatewayPublicKeys,
  requireGatewaySigningKey,
} from '../../services/shared/src/gateway-keys';
import {
  cityAudience,
  createInternalIdentityVerifier,
  INTERNAL_ISSUER,
  INTERNAL_TOKEN_TYPE,
  signInternalIdentity,
} from '../../services/shared/src/internal-identity';
import { newSigningKeyPair } from '../../scripts/demo-keys';

const OFFICER = { subject: 'o1', role: 'city-officer' as const, cityCode: 'HN', anonymous: false };
const now = () => Math.floor(Date.now() / 1000);

describe('the gateway identity: keys, rotation, audience and lifetime', () => {
  let oldPair: { privateJwk: JWK; publicJwk: JWK };
  let newPair: { privateJwk: JWK; publicJwk: JWK };
  let strangerPair: { privateJwk: JWK; publicJwk: JWK };
  const signingKey = (jwk: JWK) =>
    requireGatewaySigningKey(gatewaySigningKeyEnv({ GATEWAY_SIGNING_KEY: JSON.stringify(jwk) }));
  /** HN configured during a key change: the old and the new public key. */
  const hnVerifier = () =>
    createInternalIdentityVerifier(
      requireGatewayPublicKeys(
        gatewayPublicKeysEnv({
          GATEWAY_PUBLIC_KEYS: JSON.stringify({ keys: [oldPair.publicJwk, newPair.publicJwk] }),
        }),
      ),
      cityAudience('HN'),
    );
  /** A token as the gateway would sign it, with `change` applied to its claims and header. */
  const craft = (key: GatewaySigningKey, change: (jwt: SignJWT) => SignJWT, claims: object = {}) =>
    change(
      new SignJWT({ role: 'hub-admin', ...claims })
        .setProtectedHeader({ alg: key.alg, kid: key.kid, typ: INTERNAL_TOKEN_TYPE })
        .setSubject('attacker')
        .setIssuer(INTERNAL_ISSUER)
        .setAudience(cityAudience('HN')),
    ).sign(key.key);
  const refusal = (promise: Promise<unknown>) =>
    promise.then(
      () => {
        throw new Error('accepted');
      },
      (error: { extensions: Record<string, unknown> }) => error.extensions,
    );

  beforeAll(async () => {
    [oldPair, newPair, strangerPair] = await Promise.all([1, 2, 3].map(() => newSigningKeyPair()));
  });

  it('accepts tokens from both keys of a rotation, and refuses a third key', async () => {
    const verify = hnVerifier();
    for (const pair of [oldPair, newPair]) {
      const token = await signInternalIdentity(OFFICER, signingKey(pair.privateJwk), cityAudience('HN'));
      expect(await verify(token)).toEqual(OFFICER);
    }
    const third = await signInternalIdentity(
      OFFICER,
      signingKey(strangerPair.privateJwk),
      cityAudience('HN'),
    );
    expect(await refusal(verify(third))).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'ERR_JWKS_NO_MATCHING_KEY',
      http: { status: 401 },
    });
  });

  it('refuses an unknown kid, a missing kid, and a known kid over another key', async () => {
    const verify = hnVerifier();
    const key = signingKey(newPair.privateJwk);
    const withKid = (kid?: string) =>
      craft(key, (jwt) =>
        jwt
          .setProtectedHeader({ alg: 'ES256', kid, typ: INTERNAL_TOKEN_TYPE })
          .setIssuedAt()
          .setExpirationTime('30s'),
      );
    expect(await refusal(verify(await withKid('no-such-key')))).toMatchObject({
      reason: 'ERR_JWKS_NO_MATCHING_KEY',
    });
    expect(await refusal(verify(await withKid(undefined)))).toMatchObject({
      reason: 'ERR_JWKS_NO_MATCHING_KEY',
    });
    expect(await refusal(verify(await withKid(oldPair.privateJwk.kid)))).toMatchObject({
      reason: 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED',
    });
  });

  it('refuses a token for another deployment, or for several', async () => {
    const verify = hnVerifier();
    const key = signingKey(oldPair.privateJwk);
    for (const audience of [
      cityAudience('HP'),
      'cooperation',
      'union-hub-subgraphs',
      ['city:HN', 'city:HP'],
    ]) {
      const token = await craft(key, (jwt) =>
        jwt.setAudience(audience).setIssuedAt().setExpirationTime('30s'),
      );
      expect(await refusal(verify(token))).toMatchObject({ code: 'UNAUTHENTICATED', claim: 'aud' });
    }
  });

  it('requires exp and iat, a lifetime of at most 60 s and an iat that is not in the future', async () => {
    const verify = hnVerifier();
    const key = signingKey(oldPair.privateJwk);
    const cases: [string, (jwt: SignJWT) => SignJWT, string][] = [
      ['no exp', (jwt) => jwt.setIssuedAt(), 'exp'],
      ['a ten-year exp', (jwt) => jwt.setIssuedAt().setExpirationTime('3650d'), 'exp'],
      ['61 s', (jwt) => jwt.setIssuedAt(now()).setExpirationTime(now() + 61), 'exp'],
      ['no iat', (jwt) => jwt.setExpirationTime('30s'), 'iat'],
      ['iat in a minute', (jwt) => jwt.setIssuedAt(now() + 60).setExpirationTime(now() + 90), 'iat'],
      ['iat two minutes ago', (jwt) => jwt.setIssuedAt(now() - 120).setExpirationTime(now() + 30), 'iat'],
      ['expired', (jwt) => jwt.setIssuedAt(now() - 70).setExpirationTime(now() - 10), 'exp'],
    ];
    for (const [label, change, claim] of cases) {
      const extensions = await refusal(verify(await craft(key, change)));
      expect({ label, ...extensions }).toMatchObject({ label, code: 'UNAUTHENTICATED', claim });
    }
    expect(await verify(await craft(key, (jwt) => jwt.setIssuedAt().setExpirationTime('60s')))).toMatchObject(
      {
        role: 'hub-admin',
      },
    );
  });

  it('refuses another issuer, another token type and a symmetric algorithm', async () => {
    const verify = hnVerifier();
    const key = signingKey(oldPair.privateJwk);
    const valid = (jwt: SignJWT) => jwt.setIssuedAt().setExpirationTime('30s');
    expect(
      await refusal(verify(await craft(key, (jwt) => valid(jwt).setIssuer('union-hub-demo')))),
    ).toMatchObject({
      claim: 'iss',
    });
    const untyped = await craft(key, (jwt) => valid(jwt).setProtectedHeader({ alg: 'ES256', kid: key.kid }));
    expect(await refusal(verify(untyped))).toMatchObject({ claim: 'typ' });
    const hs256 = await valid(
      new SignJWT({ role: 'hub-admin' })
        .setProtectedHeader({ alg: 'HS256', kid: key.kid, typ: INTERNAL_TOKEN_TYPE })
        .setSubject('attacker')
        .setIssuer(INTERNAL_ISSUER)
        .setAudience(cityAudience('HN')),
    ).sign(new TextEncoder().encode(JSON.stringify(oldPair.publicJwk)));
    expect(await refusal(verify(hs256))).toMatchObject({ reason: 'ERR_JOSE_ALG_NOT_ALLOWED' });
  });

  it('refuses a gateway-signed identity whose unit is malformed', async () => {
    const key = signingKey(oldPair.privateJwk);
    const officer = (unit: string) =>
      craft(key, (jwt) => jwt.setIssuedAt().setExpirationTime('30s'), { role: 'school-officer', unit });
    const verify = hnVerifier();
    expect(await verify(await officer('HN/hn-thcs-thpt-newton'))).toMatchObject({
      unit: { cityCode: 'HN', id: 'hn-thcs-thpt-newton' },
    });
    expect(await refusal(verify(await officer('HN/hn-thcs-thpt-newton/extra')))).toMatchObject({
      reason: 'ERR_IDENTITY_MALFORMED',
      http: { status: 401 },
    });
  });
});

describe('gateway key configuration', () => {
  let pair: { privateJwk: JWK; publicJwk: JWK };
  beforeAll(async () => {
    pair = await newSigningKeyPair();
  });
  const publicKeys = (keys: unknown) => () =>
    gatewayPublicKeysEnv({ GATEWAY_PUBLIC_KEYS: JSON.stringify(keys) });
  const signing = (jwk: unknown) => () => gatewaySigningKeyEnv({ GATEWAY_SIGNING_KEY: JSON.stringify(jwk) });

  it('requires the keys where they are used, and reads them from a file', () => {
    expect(() => requireGatewaySigningKey(gatewaySigningKeyEnv({}))).toThrow(/Set GATEWAY_SIGNING_KEY_FILE/);
    expect(() => requireGatewayPublicKeys(gatewayPublicKeysEnv({}))).toThrow(/Set GATEWAY_PUBLIC_KEYS_FILE/);
    expect(() => gatewayPublicKeysEnv({ GATEWAY_PUBLIC_KEYS_FILE: '/no/such/file.json' })).toThrow(
      /GATEWAY_PUBLIC_KEYS_FILE: cannot read/,
    );
  });

  it('refuses a subgraph key set that holds any private or symmetric key', () => {
    expect(publicKeys({ keys: [pair.publicJwk, pair.privateJwk] })).toThrow(
      /key 2 holds private key material \("d"\)/,
    );
    expect(publicKeys({ keys: [{ kty: 'oct', k: 'c2VjcmV0', kid: 's', alg: 'HS256' }] })).toThrow(/"k"/);
  });

  it('refuses malformed key sets and keys with a clear message', () => {
    const cases: [() => unknown, RegExp][] = [
      [() => gatewayPublicKeysEnv({ GATEWAY_PUBLIC_KEYS: 'not json' }), /must be JSON/],
      [publicKeys({ keys: [] }), /must be a key set/],
      [publicKeys([pair.publicJwk]), /must be a key set/],
      [publicKeys({ keys: [{ ...pair.publicJwk, kid: undefined }] }), /needs a key id/],
      [publicKeys({ keys: [pair.publicJwk, pair.publicJwk] }), /repeats the key id/],
      [publicKeys({ keys: [{ ...pair.publicJwk, alg: 'RS256' }] }), /ES256 .* or EdDSA/],
      [publicKeys({ keys: [{ ...pair.publicJwk, x: 'AAAA' }] }), /not a usable key/],
      [signing(pair.publicJwk), /must be a private key/],
      [signing({ ...pair.privateJwk, kid: '' }), /needs a key id/],
      [signing({ ...pair.privateJwk, alg: 'EdDSA' }), /ES256 .* or EdDSA/],
      [signing({ keys: [pair.privateJwk] }), /must be one private JWK/],
    ];
    for (const [read, message] of cases) {
      expect(read).toThrow(ConfigurationError);
      expect(read).toThrow(message);
    }
  });
});
