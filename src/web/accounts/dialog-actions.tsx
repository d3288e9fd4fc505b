import { Button, Group } from '@mantine/core';

/** The footer of a form in a dialog: Cancel, and the submit button that spins while saving. */
export function DialogActions({ submitLabel, submitting, onCancel }: { submitLabel: string; submitting: boolean; onCancel: () => void }) {
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>Cancel</Button>
      <Button type="submit" loading={submitting}>{submitLabel}</Button>
    </Group>
  );
}
