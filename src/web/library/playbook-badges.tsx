import { Badge } from '@mantine/core';
import { titleCase } from '../format/format.ts';

const STATUS_COLORS: Record<string, string> = { draft: 'gray', pilot: 'grape', active: 'green', retired: 'dark' };
const KIND_COLORS: Record<string, string> = { playbook: 'blue', runbook: 'teal', script: 'orange' };

export function StatusBadge({ status }: { status: string }) {
  return <Badge color={STATUS_COLORS[status] ?? 'gray'} variant="dot">{titleCase(status)}</Badge>;
}

export function KindBadge({ kind }: { kind: string }) {
  return <Badge color={KIND_COLORS[kind] ?? 'gray'} variant="light">{titleCase(kind)}</Badge>;
}
