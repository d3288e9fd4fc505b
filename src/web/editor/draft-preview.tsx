import { Alert, Stack, Table, Text, Title } from '@mantine/core';
import { titleCase } from '../format/format.ts';
import type { components } from '../api/schema';
import { DraftFlowchart } from './draft-flowchart.tsx';

export type DraftOutline = components['schemas']['PlaybookOutline'];

/**
 * The steps and flowchart of the text being edited, as the linter reads them. Only a draft that
 * lints clean has one; while it has errors the last clean preview stays, so the picture does not
 * flicker while typing.
 */
export function DraftPreview({ outline, stale }: { outline: DraftOutline | null; stale: boolean }) {
  if (!outline) return <Alert color="gray" variant="light">The preview appears once the draft has no errors.</Alert>;
  return (
    <Stack gap="md">
      {stale && <Text size="sm">Showing the last version without errors; fix the errors to see your changes.</Text>}
      <Title order={3} size="h5">Steps</Title>
      <Table.ScrollContainer minWidth={420}>
        <Table striped verticalSpacing={4} fz="sm" data-testid="draft-steps">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Step</Table.Th>
              <Table.Th>Kind</Table.Th>
              <Table.Th>Owner</Table.Th>
              <Table.Th>Due</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {outline.steps.map((step) => (
              <Table.Tr key={step.id}>
                <Table.Td>{step.title}</Table.Td>
                <Table.Td>{titleCase(step.kind)}</Table.Td>
                <Table.Td>{titleCase(step.owner)}</Table.Td>
                <Table.Td>{step.due ?? '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Title order={3} size="h5">Flowchart</Title>
      <DraftFlowchart chart={outline.flowchart} label={`Flowchart of the steps of ${outline.title}`} />
    </Stack>
  );
}
