import { Badge } from '@mantine/core';
import { titleCase } from '../format/format.ts';

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
  return <Badge variant="light" color={LIFECYCLE_COLORS[stage] ?? 'gray'}>{titleCase(stage)}</Badge>;
}

export function TouchModelBadge({ touchModel }: { touchModel: string | null }) {
  if (!touchModel) return null;
  return <Badge variant="outline" color="gray">{titleCase(touchModel)} touch</Badge>;
}
