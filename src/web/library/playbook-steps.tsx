import { Anchor, Badge, Card, Group, List, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { describeDue } from '../../core/playbook/timing.ts';
import { titleCase } from '../format/format.ts';
import { useLibraryIndex } from './library-index-query.ts';
import { roleLabel } from './prose.ts';
import { ProseText } from './prose-text.tsx';
import type { PlaybookContent, Step } from './library-types.ts';

/** Every step in order: what to do, who, when, and the runbooks and scripts it relies on. */
export function PlaybookSteps({ playbook }: { playbook: PlaybookContent }) {
  const library = useLibraryIndex();
  const titleOf = (id: string) => (id === 'end' ? 'End' : (playbook.steps.find((step) => step.id === id)?.title ?? id));
  return (
    <Stack component="ol" gap="sm" aria-label="Steps" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {playbook.steps.map((step, index) => (
        <Card component="li" key={step.id} withBorder padding="sm" data-testid="playbook-step">
          <Group gap="xs" wrap="wrap">
            <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
              {index + 1}. {step.title}
            </Text>
            <Badge variant="light" color="gray">{titleCase(step.kind)}</Badge>
          </Group>
          <Text size="sm" c="dimmed">
            {[roleLabel(step.owner), step.channel && titleCase(step.channel), step.due && describeDue(step.due, titleOf)].filter(Boolean).join(' · ')}
          </Text>
          {step.description && <ProseText text={step.description} size="sm" mt={4} />}
          {step.question && <Text size="sm" mt={4} fw={500}>{step.question}</Text>}
          {step.branches && (
            <List size="sm" mt={4}>
              {Object.entries(step.branches).map(([answer, target]) => (
                <List.Item key={answer}>{answer} → {titleOf(target)}</List.Item>
              ))}
            </List>
          )}
          {step.checklist && step.checklist.length > 0 && (
            <List size="sm" mt={4} aria-label={`Checklist for ${step.title}`}>
              {step.checklist.map((item) => <List.Item key={item}>{item}</List.Item>)}
            </List>
          )}
          <StepLinks step={step} library={library} />
        </Card>
      ))}
    </Stack>
  );
}

function StepLinks({ step, library }: { step: Step; library: ReturnType<typeof useLibraryIndex> }) {
  if (!step.uses?.length && !step.template) return null;
  return (
    <Group gap="xs" mt={6} wrap="wrap">
      {step.uses?.map((id) => {
        const used = library.get(id);
        return (
          <Anchor key={id} component={Link} to={`/library/${id}`} size="sm">
            {used?.kind ? `${titleCase(used.kind)}: ` : ''}{used?.title ?? id}
          </Anchor>
        );
      })}
      {step.template && <Text size="sm" c="dimmed">Template: {step.template}</Text>}
    </Group>
  );
}
