import type { ReactNode } from 'react';
import { Button, Group, Modal, Stack } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useMediaQuery } from '@mantine/hooks';
import { FormErrorAlert } from '../forms/form-error-alert.tsx';
import { useServerFormSubmit } from '../forms/use-server-form-submit.ts';

/**
 * The frame of every step dialog: the server's field errors beside their fields, anything else
 * above them, nothing typed lost on failure, full screen on a phone, and no closing on a stray
 * click once something was typed.
 */
export function StepDialog<Values extends object>({ title, form, save, submitLabel, onClose, children }: {
  title: string;
  form: UseFormReturnType<Values>;
  save: (values: Values) => Promise<void>;
  submitLabel: string;
  onClose: () => void;
  children: ReactNode;
}) {
  const phone = useMediaQuery('(max-width: 47.99em)');
  const submit = useServerFormSubmit(form, async (values) => {
    await save(values);
    onClose();
  });
  return (
    <Modal opened onClose={onClose} title={title} fullScreen={phone} closeOnClickOutside={!form.isDirty()}>
      <form onSubmit={submit.onSubmit} noValidate>
        <Stack gap="md">
          <FormErrorAlert error={submit.formError} unplacedIssues={submit.unplacedIssues} />
          {children}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>Cancel</Button>
            <Button type="submit" loading={submit.submitting}>{submitLabel}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
