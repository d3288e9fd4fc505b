import { Alert, Anchor, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { IconUserExclamation } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import type { Contact } from '../api/types.ts';
import { formatDay } from '../format/format.ts';
import { accountContactsQuery } from './account-queries.ts';
import { AccountSection } from './account-section.tsx';

const ROLE_BADGES: Record<string, { label: string; color: string }> = {
  champion: { label: 'Champion', color: 'green' },
  executive_sponsor: { label: 'Sponsor', color: 'violet' },
  decision_maker: { label: 'Decision maker', color: 'blue' },
};

function ContactRow({ contact }: { contact: Contact }) {
  const left = contact.status === 'left';
  const championLeft = left && contact.roles.includes('champion');
  return (
    <Stack gap={2} component="li" style={{ listStyle: 'none' }}>
      <Group gap={6} wrap="wrap">
        <Text fw={500} td={left ? 'line-through' : undefined}>{contact.name}</Text>
        {contact.roles.map((role) => {
          const badge = ROLE_BADGES[role];
          return badge && !(championLeft && role === 'champion') ? (
            <Badge key={role} size="sm" variant="light" color={left ? 'gray' : badge.color}>{badge.label}</Badge>
          ) : null;
        })}
        {championLeft && <Badge size="sm" variant="filled" color="red">Champion left</Badge>}
      </Group>
      <Text size="sm" c="dimmed">
        {[contact.title, left ? `left ${formatDay(contact.leftAt)}` : null].filter(Boolean).join(' · ') || '\u00a0'}
      </Text>
      {contact.email && !left && (
        <Anchor href={`mailto:${contact.email}`} size="sm" style={{ overflowWrap: 'anywhere' }}>{contact.email}</Anchor>
      )}
    </Stack>
  );
}

/** People at the account: champions and sponsors first, and who has left (a champion leaving is a risk). */
export function AccountContacts({ accountId }: { accountId: string }) {
  const contacts = useQuery(accountContactsQuery(accountId));
  const all = contacts.data?.data ?? [];
  const rank = (c: Contact) => (c.roles.includes('champion') ? 0 : c.roles.includes('executive_sponsor') ? 1 : c.roles.length ? 2 : 3);
  const active = all.filter((c) => c.status === 'active').sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));
  const left = all.filter((c) => c.status === 'left');
  const noChampion = contacts.isSuccess && !active.some((c) => c.roles.includes('champion'));

  return (
    <AccountSection id="contacts" title="Contacts" query={contacts}>
      {noChampion && all.length > 0 && (
        <Alert color="orange" variant="light" icon={<IconUserExclamation aria-hidden />} p="xs">
          No active champion{left.some((c) => c.roles.includes('champion')) ? ': the champion left' : ''}.
        </Alert>
      )}
      {contacts.isSuccess && !all.length && <Text size="sm" c="dimmed">No contacts yet.</Text>}
      {active.length > 0 && <Stack gap="sm" component="ul" p={0} m={0}>{active.map((c) => <ContactRow key={c.id} contact={c} />)}</Stack>}
      {left.length > 0 && (
        <>
          <Title order={3} size="h6" c="dimmed" mt="xs">Left the company</Title>
          <Stack gap="sm" component="ul" p={0} m={0}>{left.map((c) => <ContactRow key={c.id} contact={c} />)}</Stack>
        </>
      )}
    </AccountSection>
  );
}
