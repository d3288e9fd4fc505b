import { Stack, Tabs, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { NotAllowedPage } from '../editor/not-allowed-page.tsx';
import { useCan } from '../session/current-user.tsx';

const TABS = [
  { value: 'users', label: 'Users and roles' },
  { value: 'health-model', label: 'Health model' },
  { value: 'tokens', label: 'Tokens and write keys' },
  { value: 'trigger-errors', label: 'Trigger errors' },
] as const;

/** /admin: one tab per area, each its own URL (/admin/users, …) so it can be linked and reloaded. */
export function AdminLayout() {
  const allowed = useCan('users:manage');
  const navigate = useNavigate();
  const tab = useLocation().pathname.split('/')[2] ?? 'users';
  const label = TABS.find((t) => t.value === tab)?.label;
  useDocumentTitle(label ? `${label} · Admin · Playmaker` : 'Admin · Playmaker');
  if (!allowed) return <NotAllowedPage what="open Admin" who="admins" />;
  return (
    <Stack gap="md">
      <Title order={1}>Admin</Title>
      <Tabs value={tab} onChange={(value) => value && navigate(`/admin/${value}`)} keepMounted={false}>
        <Tabs.List style={{ overflowX: 'auto', flexWrap: 'nowrap' }}>
          {TABS.map((t) => (
            <Tabs.Tab key={t.value} value={t.value} style={{ whiteSpace: 'nowrap' }}>
              {t.label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {TABS.map((t) => (
          <Tabs.Panel key={t.value} value={t.value} pt="md">
            {t.value === tab && <Outlet />}
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}
