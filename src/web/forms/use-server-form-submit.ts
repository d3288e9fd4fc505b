import { useState } from 'react';
import type { UseFormReturnType } from '@mantine/form';
import { toApiError } from '../api/api-error.ts';
import type { ApiError } from '../api/api-error.ts';
import { fieldForIssue } from './field-for-issue.ts';

export interface ServerFormSubmit {
  /** Pass to <form onSubmit>: runs the form's own validation, then `save`. */
  onSubmit: (event?: React.FormEvent<HTMLFormElement>) => void;
  submitting: boolean;
  /** What went wrong that no single field owns (network, 5xx, 403, issues for unknown paths). */
  formError: ApiError | null;
  /** The issues shown beside fields are part of `form.errors`; these are the leftovers. */
  unplacedIssues: { path: string; message: string }[];
}

/**
 * Saves a Mantine form through the API and puts the server's answer where people look: each
 * `details.issues[]` entry beside its field, anything else above the form. The form's values are
 * never reset on failure, so nothing typed is lost; the caller decides what success does.
 */
export function useServerFormSubmit<Values extends object>(
  form: UseFormReturnType<Values>,
  save: (values: Values) => Promise<unknown>,
): ServerFormSubmit {
  const [submitting, setSubmitting] = useState(false);
  const [formError, setFormError] = useState<ApiError | null>(null);
  const [unplacedIssues, setUnplaced] = useState<{ path: string; message: string }[]>([]);

  const onSubmit = form.onSubmit(async (values) => {
    setSubmitting(true);
    setFormError(null);
    setUnplaced([]);
    try {
      await save(values);
    } catch (thrown) {
      const error = toApiError(thrown);
      const fieldErrors: Record<string, string> = {};
      const leftovers: { path: string; message: string }[] = [];
      for (const issue of error.issues) {
        const field = fieldForIssue(values, issue.path);
        if (field && !fieldErrors[field]) fieldErrors[field] = issue.message;
        else if (!field) leftovers.push(issue);
      }
      form.setErrors(fieldErrors);
      setUnplaced(leftovers);
      // Field issues speak for themselves; anything else needs the banner.
      if (!Object.keys(fieldErrors).length || leftovers.length) setFormError(error);
    } finally {
      setSubmitting(false);
    }
  });

  return { onSubmit, submitting, formError, unplacedIssues };
}
