/**
 * Bearer tokens: `Authorization: Bearer <JWT>`, verified with `jose` against
 * AUTH_JWT_SECRET (HS256) or the identity provider's key set at AUTH_JWKS_URL
 * (RS256/ES256, fetched and cached by jose, refetched when a new key id
 * appears), with issuer, audience and expiry checked within the clock
 * tolerance. Roles come from AUTH_ROLES_CLAIM (a dotted path reaches into
 * nested claims, e.g. `realm_access.roles`); names that are not roles are
 * ignored.
 *
 * No token is an anonymous caller (reads may be public); a token that does
 * not verify is always refused, so a client learns its token is bad instead
 * of silently reading as anonymous.
 */
import { createRemoteJWKSet, jwtVerify, errors, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import type { AuthConfig } from '../config/config.js';
import { anonymous, isRole, localUser, type Principal } from './principal.js';

/** Why a request is not authenticated; the GraphQL layer turns it into UNAUTHENTICATED. */
export class AuthenticationError extends Error {
  override name = 'AuthenticationError';
}

export interface Authenticator {
  /** How requests are authenticated, for the start-up log. */
  readonly mode: 'jwt-secret' | 'jwks' | 'none (development: local user)';
  authenticate(authorization: string | undefined): Promise<Principal>;
}

function claimAt(payload: JWTPayload, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), payload);
}

function rolesOf(payload: JWTPayload, claim: string): Principal['roles'] {
  const value = claimAt(payload, claim);
  // Some providers send a space-separated string (like `scope`).
  const names = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/\s+/) : [];
  return names.filter(isRole);
}

function reasonOf(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'the token has expired';
  if (error instanceof errors.JWTClaimValidationFailed) return `the token's "${error.claim}" claim is not accepted (${error.reason})`;
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'the token signature does not verify';
  if (error instanceof errors.JWKSNoMatchingKey) return 'no key of the identity provider matches the token';
  if (error instanceof errors.JOSEAlgNotAllowed) return "the token's algorithm is not accepted";
  if (error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid) return "the identity provider's key set could not be read";
  if (error instanceof errors.JOSEError) return 'the token is malformed';
  return 'the token could not be verified';
}

export function createAuthenticator(config: AuthConfig | undefined): Authenticator {
  if (!config) {
    return { mode: 'none (development: local user)', authenticate: async () => localUser };
  }
  const key: Uint8Array | JWTVerifyGetKey = config.jwtSecret
    ? new TextEncoder().encode(config.jwtSecret)
    : createRemoteJWKSet(new URL(config.jwksUrl!), { timeoutDuration: 5000, cooldownDuration: 30_000 });
  const algorithms = config.jwtSecret ? ['HS256'] : ['RS256', 'ES256'];
  return {
    mode: config.jwtSecret ? 'jwt-secret' : 'jwks',
    async authenticate(authorization) {
      if (!authorization) return anonymous;
      const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
      if (!match) throw new AuthenticationError('The Authorization header must be "Bearer <token>"');
      try {
        const { payload } = await jwtVerify(match[1]!, key as Uint8Array, {
          algorithms,
          issuer: config.issuer,
          audience: config.audience,
          clockTolerance: config.clockToleranceSeconds,
          requiredClaims: ['sub', 'exp'],
        });
        return { subject: payload.sub, roles: rolesOf(payload, config.rolesClaim) };
      } catch (error) {
        throw new AuthenticationError(`Not authenticated: ${reasonOf(error)}`);
      }
    },
  };
}
