import { Alert, Badge, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconCircleX } from '@tabler/icons-react';
import type { LintProblem } from './lint-diagnostics.ts';
import { isPlaybookFileProblem } from './lint-diagnostics.ts';

export interface LintState {
  problems: LintProblem[];
  errorCount: number;
  /** Whether these problems are for the text as it is now (false while a check is pending). */
  current: boolean;
  /** The check itself failed (connection, server): the marks may be out of date. */
  failure: string | null;
}

/** Every problem of the last check; a click moves the editor's cursor to it. */
export function ProblemsList({ lint, onJump }: { lint: LintState | null; onJump: (line: number, col: number) => void }) {
  if (!lint) return <Text size="sm" c="dimmed">Checking…</Text>;
  return (
    <Stack gap={6} aria-live="polite">
      {lint.failure && (
        <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden />} title="Could not check the draft">
          {lint.failure} The marks below are from the last check; keep typing to try again.
        </Alert>
      )}
      {!lint.current && !lint.failure ? (
        <Text size="sm" c="dimmed">Checking…</Text>
      ) : lint.problems.length === 0 ? (
        <Group gap={6}>
          <IconCircleCheck size={18} color="var(--mantine-color-green-8)" aria-hidden />
          <Text size="sm">No problems found.</Text>
        </Group>
      ) : (
        <Text size="sm" fw={500}>
          {lint.errorCount} error{lint.errorCount === 1 ? '' : 's'}, {lint.problems.length - lint.errorCount} warning{lint.problems.length - lint.errorCount === 1 ? '' : 's'}
        </Text>
      )}
      <Stack gap={4} component="ul" m={0} p={0} style={{ listStyle: 'none' }} data-testid="lint-problems">
        {lint.problems.map((p) => {
          const inEditor = isPlaybookFileProblem(p);
          const body = (
            <Group gap={6} wrap="nowrap" align="flex-start">
              {p.severity === 'error' ? <IconCircleX size={16} color="var(--mantine-color-red-8)" aria-hidden style={{ flexShrink: 0, marginTop: 2 }} /> : <IconAlertTriangle size={16} color="var(--mantine-color-orange-9)" aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />}
              <Text size="sm" style={{ wordBreak: 'break-word' }}>
                <Badge variant="light" color={p.severity === 'error' ? 'red' : 'orange'} size="sm" mr={6}>
                  {inEditor ? `Line ${p.line}:${p.col}` : `${p.file}:${p.line}`}
                </Badge>
                {p.message}
              </Text>
            </Group>
          );
          return (
            <li key={p.text}>
              {inEditor ? (
                <UnstyledButton onClick={() => onJump(p.line, p.col)} aria-label={`${p.severity === 'error' ? 'Error' : 'Warning'} at line ${p.line}, column ${p.col}: ${p.message}`} w="100%">
                  {body}
                </UnstyledButton>
              ) : (
                body
              )}
            </li>
          );
        })}
      </Stack>
    </Stack>
  );
}
