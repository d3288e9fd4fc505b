/** `?version=n` on a playbook URL shows that version; anything else shows the one that applies to you. */
export function requestedVersion(params: URLSearchParams): number | undefined {
  const n = Number(params.get('version'));
  return Number.isInteger(n) && n > 0 ? n : undefined;
}
