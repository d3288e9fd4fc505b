/** Whose steps the Today screen shows; kept in the URL so a manager's view can be shared. */
export type WorklistScope = { kind: 'me' } | { kind: 'user'; userId: string } | { kind: 'team' };

export function readWorklistScope(params: URLSearchParams): WorklistScope {
  if (params.get('team') === 'true') return { kind: 'team' };
  const userId = params.get('userId')?.trim();
  return userId ? { kind: 'user', userId } : { kind: 'me' };
}

/** The address bar's query for a scope; other parameters are left as they were. */
export function withWorklistScope(params: URLSearchParams, scope: WorklistScope): URLSearchParams {
  const next = new URLSearchParams(params);
  next.delete('team');
  next.delete('userId');
  if (scope.kind === 'team') next.set('team', 'true');
  if (scope.kind === 'user') next.set('userId', scope.userId);
  return next;
}

/** The API's query parameters for a scope. */
export function scopeQuery(scope: WorklistScope): { userId?: string; team?: 'true' } {
  if (scope.kind === 'team') return { team: 'true' };
  if (scope.kind === 'user') return { userId: scope.userId };
  return {};
}
