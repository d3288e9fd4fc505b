import { useCallback, useEffect, useRef, useState } from 'react';
import { Alert, Anchor, Badge, Button, CopyButton, Grid, Group, Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { IconDeviceFloppy, IconUpload } from '@tabler/icons-react';
import { Link } from 'react-router';
import { api } from '../api/client.ts';
import { toApiError } from '../api/api-error.ts';
import type { ApiError } from '../api/api-error.ts';
import type { components } from '../api/schema';
import { describeError } from '../errors/describe-error.ts';
import { DraftPreview } from './draft-preview.tsx';
import type { DraftOutline } from './draft-preview.tsx';
import { draftQuery } from './editor-queries.ts';
import { ProblemsList } from './problems-list.tsx';
import type { LintState } from './problems-list.tsx';
import { PublishDialog } from './publish-dialog.tsx';
import type { Published } from './publish-dialog.tsx';
import { PlaybookDiffView } from '../library/playbook-diff.tsx';
import { PublishResult } from './publish-result.tsx';
import { TriggerDryRun } from './trigger-dry-run.tsx';
import { YamlEditor } from './yaml-editor.tsx';
import type { YamlEditorHandle } from './yaml-editor.tsx';

type Draft = components['schemas']['Draft'];

/** Where the saved draft stands on the server: what a save or publish must say it started from. */
interface DraftBase {
  savedText: string;
  saved: boolean;
  basedOnVersion: number | null;
  revision: number;
}

function baseOf(draft: Draft): DraftBase {
  return { savedText: draft.source, saved: draft.saved, basedOnVersion: draft.basedOnVersion, revision: draft.revision };
}

export function PlaybookEditor({ playbookId, draft }: { playbookId: string; draft: Draft }) {
  const queryClient = useQueryClient();
  const editor = useRef<YamlEditorHandle>(null);
  const [text, setText] = useState(draft.source);
  const textRef = useRef(text);
  const [base, setBase] = useState<DraftBase>(() => baseOf(draft));
  const [lint, setLint] = useState<LintState | null>(null);
  const [outline, setOutline] = useState<DraftOutline | null>(null);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<ApiError | null>(null);
  const [staleSince, setStaleSince] = useState<number | null>(null);
  const [published, setPublished] = useState<Published | null>(null);
  const [publishing, publishDialog] = useDisclosure(false);
  const dirty = text !== base.savedText;

  const onChange = useCallback((next: string) => {
    textRef.current = next;
    setText(next);
    setLint((previous) => previous && { ...previous, current: false });
  }, []);

  const applyProblems = useCallback((source: string, problems: LintState['problems'], errorCount: number, clean?: DraftOutline) => {
    // An answer for text that has changed since is dropped: the next check is on its way.
    if (source !== textRef.current) return;
    setLint({ problems, errorCount, current: true, failure: null });
    if (clean) setOutline(clean);
  }, []);

  const lintText = useCallback(
    async (source: string) => {
      try {
        const { data } = await api.POST('/api/playbooks/lint', { body: { source, templates: draft.templates } });
        applyProblems(source, data!.problems, data!.errorCount, data!.outline);
        return data!.problems;
      } catch (error) {
        setLint((previous) => ({ problems: previous?.problems ?? [], errorCount: previous?.errorCount ?? 0, current: false, failure: describeError(error).message }));
        throw error;
      }
    },
    [applyProblems, draft.templates],
  );

  // Leaving with unsaved text asks first; saving failures never clear the editor.
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const save = useCallback(
    async (overrides: Partial<Pick<DraftBase, 'basedOnVersion' | 'revision'>> = {}) => {
      const source = textRef.current;
      const body = { source, templates: draft.templates, basedOnVersion: overrides.basedOnVersion ?? base.basedOnVersion, revision: overrides.revision ?? base.revision };
      setSaving(true);
      setSaveError(null);
      try {
        const { data } = await api.PUT('/api/playbooks/{id}/draft', { params: { path: { id: playbookId } }, body });
        const saved = data!;
        setBase(baseOf(saved.draft));
        queryClient.setQueryData(draftQuery(playbookId).queryKey, saved.draft);
        // A save answers with problems but no preview; the outline stays as the last check left it.
        applyProblems(source, saved.problems, saved.errorCount, outline ?? undefined);
      } catch (error) {
        setSaveError(toApiError(error));
        throw error;
      } finally {
        setSaving(false);
      }
    },
    [applyProblems, base.basedOnVersion, base.revision, draft.templates, outline, playbookId, queryClient],
  );

  const saveDraft = () => {
    save().then(
      () => notifications.show({ color: 'green', message: 'Draft saved' }),
      () => undefined,
    );
  };

  // Somebody else saved the draft meanwhile: load theirs, or keep this text and save over it.
  const reloadDraft = async (keepMine: boolean) => {
    const theirs = await queryClient.fetchQuery({ ...draftQuery(playbookId), staleTime: 0 });
    setSaveError(null);
    if (keepMine) {
      await save({ revision: theirs.revision, basedOnVersion: theirs.basedOnVersion }).catch(() => undefined);
      return;
    }
    setBase(baseOf(theirs));
    editor.current?.replaceText(theirs.source);
  };

  const onPublished = async (result: Published) => {
    publishDialog.close();
    setPublished(result);
    setStaleSince(null);
    await queryClient.invalidateQueries({ queryKey: ['get', '/api/playbooks/{id}'] });
    await queryClient.invalidateQueries({ queryKey: ['get', '/api/playbooks/{id}/versions'] });
    // Publishing removes the draft; the next edit starts from the new version.
    const fresh = await queryClient.fetchQuery({ ...draftQuery(playbookId), staleTime: 0 });
    setBase(baseOf(fresh));
  };

  const hasErrors = (lint?.errorCount ?? 0) > 0;
  const conflict = saveError?.code === 'draft_changed';

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={4}>
          <Title order={1} size="h2">
            Edit {outline?.title || playbookId}
          </Title>
          <Group gap="xs">
            <Badge variant="light" color="gray">
              {base.basedOnVersion ? `Based on version ${base.basedOnVersion}` : 'Not published yet'}
            </Badge>
            <Badge variant="light" color={dirty ? 'orange' : base.saved ? 'green' : 'gray'} data-testid="draft-state">
              {dirty ? 'Unsaved changes' : base.saved ? 'Draft saved' : 'No draft saved'}
            </Badge>
            <Anchor component={Link} to={`/library/${playbookId}`} size="sm">
              Open in the library
            </Anchor>
          </Group>
        </Stack>
        <Group gap="xs">
          <Button variant="default" leftSection={<IconDeviceFloppy size={16} aria-hidden />} onClick={saveDraft} loading={saving} disabled={!dirty}>
            Save draft
          </Button>
          <Button leftSection={<IconUpload size={16} aria-hidden />} onClick={publishDialog.open} disabled={hasErrors || (!dirty && !base.saved)}>
            Publish…
          </Button>
        </Group>
      </Group>

      {saveError && conflict && (
        <Alert color="orange" title="Someone else saved this draft after you opened it" role="alert">
          <Text size="sm">Your text is still in the editor. Copy it if you want to merge by hand, then load their draft, or save yours over theirs.</Text>
          <Group mt="sm" gap="xs">
            <CopyButton value={text}>{({ copied, copy }) => <Button size="xs" variant="white" onClick={copy}>{copied ? 'Copied' : 'Copy my text'}</Button>}</CopyButton>
            <Button size="xs" variant="white" onClick={() => void reloadDraft(false)}>Load their draft</Button>
            <Button size="xs" variant="white" onClick={() => void reloadDraft(true)}>Save mine over theirs</Button>
          </Group>
        </Alert>
      )}
      {saveError && !conflict && (
        <Alert color="red" title={describeError(saveError).title} role="alert">
          {describeError(saveError).message} Your text is still in the editor: try saving again.
        </Alert>
      )}
      {staleSince !== null && base.basedOnVersion !== null && (
        <Alert color="orange" title={`Version ${staleSince} was published after your draft started`} role="alert">
          <Stack gap="sm">
            <Text size="sm">These are its changes. Make sure your text has them too, then rebase your draft on version {staleSince} and publish again.</Text>
            {staleSince > base.basedOnVersion && <PlaybookDiffView playbookId={playbookId} from={base.basedOnVersion} to={staleSince} />}
            <Group>
              <Button size="xs" onClick={() => save({ basedOnVersion: staleSince }).then(() => setStaleSince(null), () => undefined)} loading={saving}>
                Rebase my draft on version {staleSince}
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}
      {published && <PublishResult playbookId={playbookId} result={published} />}

      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="sm">
            {/* Above the editor, which grows with the text, so problems are in view while typing. */}
            <Paper withBorder p="sm" component="section" aria-label="Problems">
              <ProblemsList lint={lint} onJump={(line, col) => editor.current?.jumpTo(line, col)} />
            </Paper>
            <YamlEditor ref={editor} initialText={draft.source} onChange={onChange} lint={lintText} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Tabs defaultValue="preview" keepMounted={false}>
            <Tabs.List>
              <Tabs.Tab value="preview">Preview</Tabs.Tab>
              <Tabs.Tab value="dry-run">Dry run</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="preview" pt="sm">
              <DraftPreview outline={outline} stale={hasErrors} />
            </Tabs.Panel>
            <Tabs.Panel value="dry-run" pt="sm">
              <TriggerDryRun source={text} hasErrors={hasErrors} />
            </Tabs.Panel>
          </Tabs>
        </Grid.Col>
      </Grid>

      <PublishDialog
        playbookId={playbookId}
        basedOnVersion={base.basedOnVersion}
        opened={publishing}
        onClose={publishDialog.close}
        saveFirst={async () => {
          if (dirty || !base.saved) await save();
        }}
        onPublished={(result) => void onPublished(result)}
        onStale={setStaleSince}
      />
    </Stack>
  );
}
