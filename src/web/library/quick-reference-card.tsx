import { Anchor, Code, List, Stack, Table, Text, Title } from '@mantine/core';
import { buildQuickReference } from '../../core/playbook/quick-reference.ts';
import type { PlaybookContent } from './library-types.ts';

/**
 * The one-page card, built by the same code as the server's printable HTML and Markdown
 * (core/playbook/quick-reference.ts), so the screen and the download always agree.
 */
export function QuickReferenceCard({ playbook, headingLevel = 2 }: { playbook: PlaybookContent; headingLevel?: 1 | 2 }) {
  const card = buildQuickReference(playbook);
  const section = (headingLevel + 1) as 2 | 3;
  const facts = [
    { label: 'When to use', value: card.whenToUse },
    ...(card.trigger ? [{ label: 'Trigger', value: card.trigger.text, code: card.trigger.code }] : []),
    ...card.goals.map((goal) => ({ label: goal.label, value: goal.text })),
    ...(card.success ? [{ label: 'Success', value: card.success.text, code: card.success.code }] : []),
  ];
  return (
    <Stack gap="sm" className="quick-reference-card" data-testid="quick-reference">
      <div>
        <Title order={headingLevel}>{card.title}</Title>
        <Text size="sm" c="dimmed">{card.meta}</Text>
      </div>
      <Table variant="vertical" withRowBorders={false} layout="fixed">
        <Table.Tbody>
          {facts.map((fact) => (
            <Table.Tr key={fact.label}>
              <Table.Th w={{ base: 100, sm: 140 }} style={{ verticalAlign: 'top' }}>{fact.label}</Table.Th>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>
                {fact.value} {fact.code && <Code>{fact.code}</Code>}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Title order={section} size="h4">Key steps</Title>
      <List type="ordered" size="sm" spacing={4}>
        {card.steps.map((step, index) => (
          <List.Item key={index}>
            <Text span fw={600} size="sm">{step.title}</Text> <Text span c="dimmed" size="sm">{step.detail}</Text>
            {step.branches.length > 0 && (
              <List withPadding size="sm">
                {step.branches.map((branch) => <List.Item key={branch}>{branch}</List.Item>)}
              </List>
            )}
          </List.Item>
        ))}
      </List>
      {card.resources.length > 0 && (
        <>
          <Title order={section} size="h4">Resources</Title>
          <List size="sm">
            {card.resources.map((resource) => (
              <List.Item key={resource.title}>
                {resource.url ? <Anchor href={resource.url} target="_blank" rel="noopener noreferrer" size="sm">{resource.title}</Anchor> : resource.title}{' '}
                <Text span c="dimmed" size="sm">{resource.kind}</Text>
              </List.Item>
            ))}
          </List>
        </>
      )}
      {card.pitfalls.length > 0 && (
        <>
          <Title order={section} size="h4">Pitfalls</Title>
          <List size="sm">
            {card.pitfalls.map((pitfall) => <List.Item key={pitfall}>{pitfall}</List.Item>)}
          </List>
        </>
      )}
    </Stack>
  );
}
