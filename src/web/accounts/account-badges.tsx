import { Badge } from '@mantine/core';
import { titleCase } from '../format/format.ts';

/** A badge's label is cut with an ellipsis when squeezed; in tables the column should grow instead. */
export const WHOLE_LABEL = { label: { overflow: 'visible' } } as const;

const LIFECYCLE_COLORS: Record<string, string> = {
  onboarding: 'cyan',
  adoption: 'blue',
  mature: 'green',
  renewal: 'violet',
  expansion: 'teal',
  'at-risk': 'red',
  churned: 'gray',
};

export function LifecycleBadge({ stage }: { stage: string | null }) {
  if (!stage) return null;
  return <Badge variant="light" color={LIFECYCLE_COLORS[stage] ?? 'gray'} styles={WHOLE_LABEL}>{titleCase(stage)}</Badge>;
}

export function TouchModelBadge({ touchModel }: { touchModel: string | null }) {
  if (!touchModel) return null;
  return <Badge variant="outline" color="gray">{titleCase(touchModel)} touch</Badge>;
}
