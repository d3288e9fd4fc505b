import { Button, Card, Group, Input, Rating, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import { RetryPanel } from '../errors/retry-panel.tsx';
import { formatInstant } from '../format/format.ts';
import { FormErrorAlert } from '../forms/form-error-alert.tsx';
import { useServerFormSubmit } from '../forms/use-server-form-submit.ts';
import { useCan, useCurrentUser } from '../session/current-user.tsx';
import { feedbackQuery } from './library-queries.ts';
import type { VersionFeedback } from './library-types.ts';

/** Ratings and comments of the shown version, and a form to give one's own (one per person and version). */
export function PlaybookFeedback({ playbookId, version }: { playbookId: string; version: number }) {
  const canRate = useCan('write');
  const feedback = useQuery(feedbackQuery(playbookId));
  const forVersion = feedback.data?.versions.find((entry) => entry.version === version);

  return (
    <Card withBorder padding="sm" component="section" aria-labelledby="feedback-heading">
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Title order={2} size="h4" id="feedback-heading">Feedback on version {version}</Title>
          {forVersion && forVersion.count > 0 && (
            <Text size="sm" data-testid="feedback-average">
              {forVersion.averageRating?.toFixed(1)} / 5 from {forVersion.count} {forVersion.count === 1 ? 'rating' : 'ratings'}
            </Text>
          )}
        </Group>
        {feedback.isError && <RetryPanel error={feedback.error} onRetry={() => feedback.refetch()} />}
        {canRate && feedback.isSuccess && <FeedbackForm key={version} playbookId={playbookId} version={version} existing={forVersion} />}
        {feedback.isSuccess && <FeedbackEntries entries={forVersion?.entries ?? []} />}
      </Stack>
    </Card>
  );
}

function FeedbackForm({ playbookId, version, existing }: { playbookId: string; version: number; existing?: VersionFeedback }) {
  const me = useCurrentUser();
  const queryClient = useQueryClient();
  const mine = existing?.entries.find((entry) => entry.userId === me.id);
  const form = useForm({
    initialValues: { rating: mine?.rating ?? 0, comment: mine?.comment ?? '' },
    validate: { rating: (value) => (value >= 1 && value <= 5 ? null : 'Choose from 1 to 5 stars') },
  });
  const submit = useServerFormSubmit(form, async (values) => {
    await api.POST('/api/playbooks/{id}/versions/{n}/feedback', {
      params: { path: { id: playbookId, n: version } },
      body: { rating: values.rating, comment: values.comment.trim() || null },
    });
    await queryClient.invalidateQueries({ queryKey: feedbackQuery(playbookId).queryKey });
    notifications.show({ color: 'green', message: mine ? 'Your feedback is updated.' : 'Thank you: your feedback is saved.' });
  });

  return (
    <form onSubmit={submit.onSubmit} noValidate aria-label="Your feedback">
      <Stack gap="xs">
        <FormErrorAlert error={submit.formError} unplacedIssues={submit.unplacedIssues} />
        <Input.Wrapper label="Your rating" labelElement="div" labelProps={{ id: 'feedback-rating-label' }} error={form.errors.rating}>
          <Rating
            role="radiogroup"
            aria-labelledby="feedback-rating-label"
            name="feedback-rating"
            value={form.values.rating}
            onChange={(value) => form.setFieldValue('rating', value)}
            getSymbolLabel={(index) => `${index + 1} ${index === 0 ? 'star' : 'stars'}`}
          />
        </Input.Wrapper>
        <Textarea label="Comment" placeholder="What worked, what was missing?" autosize minRows={2} maxRows={6} {...form.getInputProps('comment')} />
        <Group justify="flex-end">
          <Button type="submit" size="xs" loading={submit.submitting}>
            {mine ? 'Update feedback' : 'Send feedback'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function FeedbackEntries({ entries }: { entries: VersionFeedback['entries'] }) {
  if (entries.length === 0) return <Text size="sm" c="dimmed">No feedback on this version yet.</Text>;
  return (
    <Stack component="ul" gap="xs" aria-label="Feedback" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {entries.map((entry) => (
        <li key={entry.userId}>
          <Group gap="xs">
            <Rating value={entry.rating} readOnly size="xs" aria-label={`${entry.rating} out of 5`} />
            <Text size="sm" fw={500}>{entry.userName ?? 'Someone'}</Text>
            <Text size="xs" c="dimmed">{formatInstant(entry.at)}</Text>
          </Group>
          {entry.comment && <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{entry.comment}</Text>}
        </li>
      ))}
    </Stack>
  );
}
