import { LIFECYCLE_STAGES, TOUCH_MODELS } from '../accounts/vocabulary.ts';

// Account vocabulary is shared with the accounts module so a playbook's audience can only name
// stages and touch models that accounts can actually have.
export { LIFECYCLE_STAGES, TOUCH_MODELS };

export const PLAYBOOK_KINDS = ['playbook', 'runbook', 'script'] as const;

/** Well-known categories; any other slug is accepted too. */
export const CATEGORIES = [
  'onboarding',
  'adoption',
  'retention',
  'renewal',
  'expansion',
  'churn-recovery',
  'at-risk',
  'executive-escalation',
  'champion-change',
  'competitive-threat',
  'usage-drop',
  'feature-adoption',
  'low-engagement',
  'qbr',
] as const;

export const STEP_KINDS = ['task', 'email', 'call', 'meeting', 'decision', 'wait', 'action', 'milestone'] as const;
export const OWNER_ROLES = ['csm', 'manager', 'executive', 'support', 'sales', 'solutions', 'ops'] as const;
export const CHANNELS = ['email', 'phone', 'video', 'in_person', 'in_app', 'chat', 'internal'] as const;
export const TRIGGER_KINDS = ['signal', 'date', 'event', 'inactivity', 'keyword', 'manual'] as const;
export const KEYWORD_SOURCES = ['note', 'ticket', 'survey'] as const;
export const RESOURCE_KINDS = ['link', 'video', 'deck', 'calculator', 'doc', 'template'] as const;
export const ACTION_TYPES = ['update_field', 'add_tag', 'notify', 'webhook'] as const;
export const TEMPLATE_KINDS = ['email', 'call_script', 'agenda'] as const;
/** Date fields a due date or a date trigger can be relative to. */
export const ANCHORS = ['renewal_date', 'contract_start'] as const;

/** Pseudo step id that finishes the play; no step may use it as its own id. */
export const END_STEP = 'end';

export type PlaybookKind = (typeof PLAYBOOK_KINDS)[number];
export type StepKind = (typeof STEP_KINDS)[number];
export type OwnerRole = (typeof OWNER_ROLES)[number];
export type Channel = (typeof CHANNELS)[number];
export type TriggerKind = (typeof TRIGGER_KINDS)[number];
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];
export type Anchor = (typeof ANCHORS)[number];
