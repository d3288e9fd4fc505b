import { Select } from '@mantine/core';
import { useCurrentUser } from '../session/current-user.tsx';
import { useUserDirectory } from '../users/use-user-directory.ts';
import type { WorklistScope } from './worklist-scope.ts';

const ME = 'me';
const TEAM = 'team';

function toValue(scope: WorklistScope): string {
  return scope.kind === 'user' ? scope.userId : scope.kind;
}

/** Managers and admins: my steps, one person's, or the whole team's. */
export function ScopeSwitch({ scope, onChange }: { scope: WorklistScope; onChange: (scope: WorklistScope) => void }) {
  const me = useCurrentUser();
  const { users } = useUserDirectory();
  // People who can own steps: everyone but viewers, and not oneself (that is "My steps").
  const people = users
    .filter((user) => user.active && user.role !== 'viewer' && user.id !== me.id)
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((user) => ({ value: user.id, label: user.name }));
  const value = toValue(scope);
  // Someone not in the directory (yet) still shows as chosen rather than as a blank box.
  if (scope.kind === 'user' && !people.some((p) => p.value === value)) people.unshift({ value, label: 'Another user' });
  return (
    <Select
      label="Whose steps"
      w={{ base: '100%', xs: 260 }}
      allowDeselect={false}
      searchable
      value={value === me.id ? ME : value}
      onChange={(next) => {
        if (!next || next === ME) onChange({ kind: 'me' });
        else if (next === TEAM) onChange({ kind: 'team' });
        else onChange({ kind: 'user', userId: next });
      }}
      data={[
        { group: 'Views', items: [{ value: ME, label: 'My steps' }, { value: TEAM, label: 'Whole team' }] },
        { group: 'People', items: people },
      ]}
    />
  );
}
