import { scopesAllow } from '../../../core/auth/permissions.ts';
import type { TokenScope } from '../../../core/auth/permissions.ts';
import type { Db } from '../../db/client.ts';
import type { Principal } from '../../http/env.ts';
import { errors } from '../../http/errors.ts';
import { looksLikeToken, verifyToken } from '../users/tokens.ts';

/**
 * The write key from the Authorization header: Segment libraries send HTTP Basic with the key as
 * the user name and no password (some put it in the password); Bearer works too. Undefined when
 * there is no header, so the key may still come in the body.
 */
export function writeKeyFromHeader(authorization: string | undefined): string | undefined {
  if (!authorization) return undefined;
  const [scheme, value = ''] = authorization.trim().split(/\s+/, 2);
  if (/^bearer$/i.test(scheme!)) return value;
  if (/^basic$/i.test(scheme!)) {
    const decoded = Buffer.from(value, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    const user = colon < 0 ? decoded : decoded.slice(0, colon);
    return user || (colon < 0 ? '' : decoded.slice(colon + 1));
  }
  throw errors.unauthorized('Malformed Authorization header: send the write key as HTTP Basic (base64 of "<writeKey>:") or as Bearer');
}

/** An API token with the ingest scope is a write key: create one with `playmaker tokens create --name segment --scopes ingest`. */
export async function authorizeWriteKey(db: Db, writeKey: string | undefined): Promise<Principal> {
  if (!writeKey) throw errors.unauthorized('Missing write key: send it as HTTP Basic (base64 of "<writeKey>:"), as Bearer, or as "writeKey" in the body');
  const token = looksLikeToken(writeKey) ? await verifyToken(db, writeKey) : undefined;
  if (!token) throw errors.unauthorized('Invalid, expired or revoked write key');
  const scopes = token.scopes as TokenScope[];
  if (!scopesAllow(scopes, 'ingest')) {
    throw errors.forbidden(`This token has scopes [${scopes.join(', ')}]; a write key needs the "ingest" scope`);
  }
  return { kind: 'token', id: token.id, name: token.name, scopes, createdBy: token.createdBy };
}
