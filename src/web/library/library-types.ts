import type { Playbook as PlaybookContent, Step } from '../../core/playbook/schema.ts';
import type { components } from '../api/schema';

type Schemas = components['schemas'];

export type PlaybookDetail = Schemas['Playbook'];
// The generator folds the `.nullable()` of Playbook.version into the component itself.
export type PlaybookVersion = NonNullable<Schemas['PlaybookVersion']>;
export type PlaybookDiff = Schemas['PlaybookDiff'];
export type VersionFeedback = Schemas['VersionFeedback'];
export type { PlaybookContent, Step };

/** The parsed playbook of a version: the API sends it as an open record; the server parsed it with the core schema. */
export function contentOf(version: PlaybookVersion | null | undefined): PlaybookContent | undefined {
  return version?.playbook as PlaybookContent | undefined;
}
