/**
 * Where to go after signing in. Only a path on this site: `next` comes from the URL, so anything
 * else (another origin, //evil.example, the login page itself) would be an open redirect or a loop.
 */
export function safeNextPath(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  if (/^\/login(\/|\?|#|$)/.test(next)) return '/';
  return next;
}

export function loginPathFor(location: { pathname: string; search: string; hash: string }): string {
  const here = location.pathname + location.search + location.hash;
  return here === '/' ? '/login' : `/login?next=${encodeURIComponent(here)}`;
}
