import { createHash, randomBytes } from 'node:crypto';
import { and, desc, eq, gt, isNull, or, sql } from 'drizzle-orm';
import type { TokenScope } from '../../../core/auth/permissions.ts';
import type { Db } from '../../db/client.ts';
import { errors } from '../../http/errors.ts';
import { apiTokens } from './schema.ts';

const TOKEN_PREFIX = 'pm_';

export type ApiToken = typeof apiTokens.$inferSelect;

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function publicToken(t: ApiToken) {
  return {
    id: t.id,
    name: t.name,
    prefix: t.prefix,
    scopes: t.scopes as TokenScope[],
    createdBy: t.createdBy,
    createdAt: t.createdAt.toISOString(),
    lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
    expiresAt: t.expiresAt?.toISOString() ?? null,
    revokedAt: t.revokedAt?.toISOString() ?? null,
  };
}

/** Returns the plain token exactly once; only its SHA-256 is kept. */
export async function createToken(
  db: Db,
  input: { name: string; scopes: TokenScope[]; createdBy: string | null; expiresAt?: Date | null },
): Promise<{ token: string; record: ApiToken }> {
  if (!input.scopes.length) throw errors.validation([{ path: 'scopes', message: 'needs at least one scope' }]);
  // 32 random bytes: the token has enough entropy that a fast hash is the right storage.
  const token = TOKEN_PREFIX + randomBytes(32).toString('base64url');
  const [record] = await db
    .insert(apiTokens)
    .values({
      name: input.name,
      prefix: token.slice(0, TOKEN_PREFIX.length + 6),
      tokenHash: hashToken(token),
      scopes: [...new Set(input.scopes)],
      createdBy: input.createdBy,
      expiresAt: input.expiresAt ?? null,
    })
    .returning();
  return { token, record: record! };
}

export function looksLikeToken(value: string): boolean {
  return value.startsWith(TOKEN_PREFIX);
}

export async function verifyToken(db: Db, token: string): Promise<ApiToken | undefined> {
  const [row] = await db
    .update(apiTokens)
    .set({ lastUsedAt: sql`now()` })
    .where(
      and(
        eq(apiTokens.tokenHash, hashToken(token)),
        isNull(apiTokens.revokedAt),
        or(isNull(apiTokens.expiresAt), gt(apiTokens.expiresAt, sql`now()`)),
      ),
    )
    .returning();
  return row;
}

export async function listTokens(db: Db): Promise<ApiToken[]> {
  return db.select().from(apiTokens).orderBy(desc(apiTokens.createdAt));
}

export async function revokeToken(db: Db, id: string): Promise<ApiToken> {
  const [row] = await db.update(apiTokens).set({ revokedAt: sql`now()` }).where(eq(apiTokens.id, id)).returning();
  if (!row) throw errors.notFound(`API token ${id}`);
  return row;
}
