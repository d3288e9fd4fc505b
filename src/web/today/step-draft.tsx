import { ActionIcon, Anchor, Button, CopyButton, Group, Paper, Spoiler, Stack, Text, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy, IconMail } from '@tabler/icons-react';
import type { PlayStep } from './today-queries.ts';

const DRAFT_LABELS: Record<string, string> = { email: 'Email draft', agenda: 'Agenda', call_script: 'Call script' };

/** Subject and body together, as one would paste them into a mail client. */
function copyText(draft: NonNullable<PlayStep['draft']>): string {
  return draft.subject ? `Subject: ${draft.subject}\n\n${draft.text}` : draft.text;
}

/** The step's template as filled in when it opened: an email to copy or send, or a call's agenda. */
export function StepDraft({ step }: { step: PlayStep }) {
  if (step.renderError) {
    return <Text size="sm" c="red.8">The template could not be filled in: {step.renderError}</Text>;
  }
  const draft = step.draft;
  if (!draft) return null;
  const label = DRAFT_LABELS[draft.kind] ?? 'Template';
  return (
    <Paper withBorder p="sm" radius="sm" bg="var(--mantine-color-gray-0)" aria-label={`${label} for ${step.title}`} component="section">
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" wrap="nowrap">
          <Text size="xs" fw={700} tt="uppercase" c="dimmed">{label}</Text>
          <Group gap={4} wrap="nowrap">
            <CopyButton value={copyText(draft)}>
              {({ copied, copy }) => (
                <Tooltip label={copied ? 'Copied' : 'Copy to the clipboard'}>
                  <Button size="compact-sm" variant="default" onClick={copy} leftSection={copied ? <IconCheck size={14} aria-hidden /> : <IconCopy size={14} aria-hidden />} aria-label={`Copy the ${label.toLowerCase()}`}>
                    {copied ? 'Copied' : 'Copy'}
                  </Button>
                </Tooltip>
              )}
            </CopyButton>
            {draft.mailto && (
              <Tooltip label={draft.to ? `Write to ${draft.to}` : 'Open in your mail app'}>
                <ActionIcon component="a" href={draft.mailto} variant="default" size="md" aria-label={`Open the email in your mail app${draft.to ? `, to ${draft.to}` : ''}`}>
                  <IconMail size={16} aria-hidden />
                </ActionIcon>
              </Tooltip>
            )}
          </Group>
        </Group>
        {draft.to && <Text size="sm">To: <Anchor href={`mailto:${draft.to}`} size="sm">{draft.to}</Anchor></Text>}
        {draft.subject && <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>{draft.subject}</Text>}
        <Spoiler maxHeight={120} showLabel="Show all" hideLabel="Show less">
          <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{draft.text}</Text>
        </Spoiler>
      </Stack>
    </Paper>
  );
}
