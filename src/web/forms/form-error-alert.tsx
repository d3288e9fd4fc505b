import { Alert, List } from '@mantine/core';
import type { ApiError } from '../api/api-error.ts';
import { describeError } from '../errors/describe-error.ts';

/** The form-level failure: what happened, and that the typed input is still there. */
export function FormErrorAlert({ error, unplacedIssues = [] }: { error: ApiError | null; unplacedIssues?: { path: string; message: string }[] }) {
  if (!error) return null;
  const { title, message } = describeError(error);
  const keepsInput = error.isTransient || error.isNetwork;
  return (
    <Alert color="red" title={title} role="alert" variant="light">
      {message}
      {keepsInput && ' Your changes are still here: try saving again.'}
      {unplacedIssues.length > 0 && (
        <List size="sm" mt="xs">
          {unplacedIssues.map((issue) => (
            <List.Item key={issue.path + issue.message}>
              {issue.path ? `${issue.path}: ` : ''}
              {issue.message}
            </List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
