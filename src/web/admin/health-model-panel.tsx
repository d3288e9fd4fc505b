import { useMemo, useState } from 'react';
import { Alert, Button, Group, NumberInput, Paper, SimpleGrid, Skeleton, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { IconChartBar, IconDeviceFloppy } from '@tabler/icons-react';
import { api } from '../api/client.ts';
import type { components } from '../api/schema';
import { RetryPanel } from '../errors/retry-panel.tsx';
import { FormErrorAlert } from '../forms/form-error-alert.tsx';
import { useServerFormSubmit } from '../forms/use-server-form-submit.ts';
import { formatInstant, titleCase } from '../format/format.ts';
import { healthModelQuery } from './admin-queries.ts';
import { componentFields } from './health-model-fields.ts';
import { PointsEditor } from './points-editor.tsx';
import { TierDistribution } from './tier-distribution.tsx';

type HealthModelVersion = components['schemas']['HealthModelVersion'];
type ModelConfig = components['schemas']['HealthModelUpdate']['config'];
type Preview = components['schemas']['HealthModelPreview'];

interface ModelValues {
  config: ModelConfig;
  note: string;
}

/** /admin/health-model: the active model, loaded once into the form. */
export function HealthModelPanel() {
  const model = useQuery(healthModelQuery());
  if (model.isPending) return <Skeleton height={400} />;
  if (model.isError) return <RetryPanel error={model.error} onRetry={() => model.refetch()} />;
  return <HealthModelForm key={model.data.id} model={model.data} />;
}

const TIER_FIELDS = [
  { key: 'atRisk', label: 'At risk from', description: 'Below this is critical.' },
  { key: 'neutral', label: 'Neutral from' },
  { key: 'healthy', label: 'Healthy from' },
] as const;

/**
 * Weights, score curves and tier cut-offs. Saving needs a preview of exactly these values first,
 * so nobody reshuffles every account's tier without seeing what it does. The inputs do not clamp:
 * the server's rules (no negative weight, points and tiers in order) name the field, shown beside it.
 */
function HealthModelForm({ model }: { model: HealthModelVersion }) {
  const queryClient = useQueryClient();
  const form = useForm<ModelValues>({ mode: 'controlled', initialValues: { config: model.config as ModelConfig, note: '' } });
  const [preview, setPreview] = useState<{ for: string; result: Preview } | null>(null);
  const current = JSON.stringify(form.values.config);
  const previewed = preview?.for === current;
  const fields = useMemo(() => componentFields(model.config.components as Record<string, Record<string, unknown>>), [model.config]);

  const previewSubmit = useServerFormSubmit(form, async (values) => {
    const { data } = await api.POST('/api/health-model/preview', { body: { config: values.config } });
    setPreview({ for: JSON.stringify(values.config), result: data! });
  });
  const saveSubmit = useServerFormSubmit(form, async (values) => {
    const { data } = await api.PUT('/api/health-model', { body: { config: values.config, ...(values.note.trim() ? { note: values.note.trim() } : {}) } });
    queryClient.setQueryData(healthModelQuery().queryKey, data);
    await queryClient.invalidateQueries({ queryKey: ['get', '/api/health-model/versions'] });
    notifications.show({ color: 'green', message: `Saved model version ${data!.id}: every account is being rescored` });
  });
  const formError = saveSubmit.formError ?? previewSubmit.formError;
  const unplaced = saveSubmit.formError ? saveSubmit.unplacedIssues : previewSubmit.unplacedIssues;

  return (
    <form onSubmit={saveSubmit.onSubmit} noValidate>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          Version {model.id}
          {model.createdAt ? `, saved ${formatInstant(model.createdAt)}` : ''}
          {model.note ? `: ${model.note}` : ''}. A score is the weighted mean of the components that have data.
        </Text>
        <FormErrorAlert error={formError} unplacedIssues={unplaced} />

        <Paper withBorder p="md">
          <Title order={2} size="h4" mb="sm">Tier cut-offs</Title>
          <SimpleGrid cols={{ base: 1, xs: 2, sm: 4 }} spacing="sm">
            {TIER_FIELDS.map((tier) => (
              <NumberInput key={tier.key} label={tier.label} description={'description' in tier ? tier.description : undefined} {...form.getInputProps(`config.tiers.${tier.key}`)} />
            ))}
            <NumberInput label="Reason threshold" description="Smallest move listed as a reason." decimalScale={1} {...form.getInputProps('config.reasonThreshold')} />
          </SimpleGrid>
        </Paper>

        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          {fields.map((component) => (
            <Paper withBorder p="md" key={component.name} component="section" aria-label={`${titleCase(component.name)} component`}>
              <Title order={2} size="h4" mb="sm">{titleCase(component.name)}</Title>
              <Stack gap="sm">
                <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
                  {component.numbers.map((field) => (
                    <NumberInput key={field.path} label={field.label} decimalScale={2} {...form.getInputProps(field.path)} />
                  ))}
                  {component.texts.map((field) => (
                    <TextInput key={field.path} label={field.label} {...form.getInputProps(field.path)} />
                  ))}
                </SimpleGrid>
                {component.curves.map((curve) => (
                  <PointsEditor key={curve.path} form={form} path={curve.path} label={curve.label} count={curve.count} />
                ))}
              </Stack>
            </Paper>
          ))}
        </SimpleGrid>

        <Paper withBorder p="md">
          <Stack gap="sm">
            <Title order={2} size="h4">Preview and save</Title>
            {preview && (
              <>
                {!previewed && <Alert color="orange" variant="light">The model changed since this preview: preview again before saving.</Alert>}
                <TierDistribution preview={preview.result} />
              </>
            )}
            <TextInput label="Note" description="Why the model changed, for the version list." {...form.getInputProps('note')} />
            <Group>
              <Button variant="light" leftSection={<IconChartBar size={16} aria-hidden />} loading={previewSubmit.submitting} onClick={() => previewSubmit.onSubmit()}>
                Preview
              </Button>
              <Button type="submit" leftSection={<IconDeviceFloppy size={16} aria-hidden />} loading={saveSubmit.submitting} disabled={!previewed || !form.isDirty('config')}>
                Save model
              </Button>
              {!previewed && <Text size="sm" c="dimmed">Preview first to see how the tiers would change.</Text>}
            </Group>
          </Stack>
        </Paper>
      </Stack>
    </form>
  );
}
