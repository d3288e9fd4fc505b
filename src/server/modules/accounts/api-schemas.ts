import { z } from '@hono/zod-openapi';
import { HEALTH_TIERS } from '../../../core/health/model.ts';
import { CONTACT_ROLES, CONTACT_STATUSES, LIFECYCLE_STAGES, TOUCH_MODELS } from '../../../core/accounts/vocabulary.ts';
import { PagingQuery, pageOf } from '../../http/openapi.ts';
import { ACCOUNT_SORTS } from './account-list.ts';

const optionalText = (max: number) => z.string().trim().min(1).max(max).nullish();

export const AccountInputSchema = z
  .object({
    name: z.string().trim().min(1).max(200).openapi({ example: 'Acme Logistics' }),
    crmId: optionalText(100).openapi({ description: 'Id in the CRM (Salesforce, HubSpot…); unique' }),
    productId: optionalText(100).openapi({ description: 'Id in the product / event stream; unique' }),
    domain: optionalText(253).openapi({ example: 'acme.example' }),
    arr: z.number().nonnegative().max(1e12).nullish().openapi({ example: 48000 }),
    plan: optionalText(100),
    tier: optionalText(100).openapi({ example: 'enterprise' }),
    touchModel: z.enum(TOUCH_MODELS).nullish(),
    lifecycleStage: z.enum(LIFECYCLE_STAGES).nullish(),
    contractStart: z.iso.date().nullish(),
    renewalDate: z.iso.date().nullish(),
    ownerId: z.string().min(1).nullish().openapi({ description: 'User id of the owning CSM' }),
    traits: z.record(z.string(), z.unknown()).optional().openapi({ description: 'Custom traits, any JSON' }),
  })
  .strict()
  .openapi('AccountInput');

export const AccountPatchSchema = AccountInputSchema.partial().strict().openapi('AccountPatch');

export const AccountSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    crmId: z.string().nullable(),
    productId: z.string().nullable(),
    domain: z.string().nullable(),
    arr: z.number().nullable(),
    plan: z.string().nullable(),
    tier: z.string().nullable(),
    touchModel: z.enum(TOUCH_MODELS).nullable(),
    lifecycleStage: z.string().nullable(),
    contractStart: z.string().nullable(),
    renewalDate: z.string().nullable(),
    ownerId: z.string().nullable(),
    traits: z.record(z.string(), z.unknown()),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Account');

const sortValues = Object.keys(ACCOUNT_SORTS).flatMap((k) => [k, `-${k}`]) as [string, ...string[]];

export const AccountListQuery = PagingQuery.extend({
  sort: z.enum(sortValues).default('name').openapi({ description: 'Field to sort by; prefix with - for descending' }),
  q: z.string().trim().max(200).optional().openapi({ description: 'Name contains (case-insensitive)' }),
  touchModel: z.enum(TOUCH_MODELS).optional(),
  lifecycleStage: z.enum(LIFECYCLE_STAGES).optional(),
  tier: z.string().max(100).optional(),
  plan: z.string().max(100).optional(),
  ownerId: z.string().max(100).optional(),
  renewalWithinDays: z.coerce.number().int().min(0).max(3650).optional(),
  healthTier: z.enum(HEALTH_TIERS).optional().openapi({ description: 'Current health tier' }),
  segmentId: z.string().min(1).max(100).optional().openapi({ description: 'Members of this segment (400 when unknown)' }),
  openPlaybookId: z.string().min(1).max(200).optional().openapi({ description: 'Accounts with an open play of this playbook (400 when unknown)' }),
});

export const AccountListItemSchema = AccountSchema.extend({
  healthScore: z.number().nullable().openapi({ description: 'Current health score 0–100; null until first scored' }),
  healthTier: z.enum(HEALTH_TIERS).nullable(),
}).openapi('AccountListItem');

export const AccountPage = pageOf(AccountListItemSchema, 'AccountPage');

export const ContactInputSchema = z
  .object({
    accountId: z.uuid(),
    name: z.string().trim().min(1).max(200),
    email: z.email().max(320).nullish(),
    title: optionalText(200),
    externalId: optionalText(100),
    roles: z.array(z.enum(CONTACT_ROLES)).max(CONTACT_ROLES.length).default([]),
    status: z.enum(CONTACT_STATUSES).default('active'),
  })
  .strict()
  .openapi('ContactInput');

export const ContactPatchSchema = ContactInputSchema.omit({ accountId: true })
  .extend({ roles: z.array(z.enum(CONTACT_ROLES)).max(CONTACT_ROLES.length), status: z.enum(CONTACT_STATUSES) })
  .partial()
  .strict()
  .openapi('ContactPatch');

export const ContactSchema = z
  .object({
    id: z.uuid(),
    accountId: z.uuid(),
    externalId: z.string().nullable(),
    name: z.string(),
    email: z.string().nullable(),
    title: z.string().nullable(),
    roles: z.array(z.string()),
    status: z.enum(CONTACT_STATUSES),
    leftAt: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Contact');

export const ContactListQuery = PagingQuery.extend({
  accountId: z.uuid().optional(),
  role: z.enum(CONTACT_ROLES).optional(),
  status: z.enum(CONTACT_STATUSES).optional(),
  q: z.string().trim().max(200).optional(),
});

export const ContactPage = pageOf(ContactSchema, 'ContactPage');

export const TimelineEventSchema = z
  .object({
    id: z.number(),
    accountId: z.uuid(),
    type: z.string().openapi({ example: 'contact.left' }),
    occurredAt: z.string(),
    actorId: z.string().nullable(),
    summary: z.string(),
    data: z.record(z.string(), z.unknown()),
  })
  .openapi('TimelineEvent');

export const TimelinePage = pageOf(TimelineEventSchema, 'TimelinePage');
