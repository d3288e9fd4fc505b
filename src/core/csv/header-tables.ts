import { headerKey } from './names.ts';
import { parseTarget } from './targets.ts';
import type { ImportEntity, Target } from './targets.ts';

export const SOURCES = ['salesforce', 'hubspot', 'playmaker'] as const;
export type Source = (typeof SOURCES)[number];

export const SOURCE_LABELS: Record<Source, string> = {
  salesforce: 'Salesforce export',
  hubspot: 'HubSpot export',
  playmaker: 'Playmaker column names',
};

type Table = readonly (readonly [header: string, target: string])[];

/*
 * The headers CRM exports write, by export kind. Salesforce writes field labels in report exports
 * ("Account Name") and API names in Data Loader / Data Export files ("Name", custom fields with
 * __c); both are listed where they differ. Earlier rows win when two columns claim one field
 * (an owner's email beats the owner's name).
 *
 * "Annual Revenue" in both CRMs is the customer company's own revenue (firmographics), not what
 * it pays us, so it is a trait; ARR comes from an ARR column or a mapping.
 */
const SALESFORCE_ACCOUNTS: Table = [
  ['Account ID', 'crmId'],
  ['Id', 'crmId'],
  ['Account ID (18)', 'crmId'],
  ['Case Safe ID', 'crmId'],
  ['Account Name', 'name'],
  ['Name', 'name'],
  ['Website', 'domain'],
  ['Account Owner Email', 'owner'],
  ['Account Owner: Email', 'owner'],
  ['Owner Email', 'owner'],
  ['Account Owner', 'owner'],
  ['Owner ID', 'traits.crm_owner_id'],
  ['Annual Revenue', 'traits.annual_revenue:amount'],
  ['Type', 'traits.account_type'],
  ['Industry', 'traits.industry'],
  ['Employees', 'traits.employees:number'],
  ['Number Of Employees', 'traits.employees:number'],
  ['Parent Account ID', 'traits.parent_crm_id'],
  ['Parent ID', 'traits.parent_crm_id'],
  ['Created Date', 'traits.crm_created_date:date'],
  ['Last Modified Date', 'traits.crm_modified_date:date'],
  ['Last Activity', 'traits.last_activity_date:date'],
  ['Last Activity Date', 'traits.last_activity_date:date'],
  // API names that differ from the labels by more than spacing (Data Loader, Data Export).
  ['NumberOfEmployees', 'traits.employees:number'],
  ['CreatedDate', 'traits.crm_created_date:date'],
  ['LastModifiedDate', 'traits.crm_modified_date:date'],
];

const SALESFORCE_CONTACTS: Table = [
  ['Contact ID', 'externalId'],
  ['Id', 'externalId'],
  ['Account ID', 'account.crmId'],
  ['Account Name', 'account.name'],
  ['First Name', 'firstName'],
  ['Last Name', 'lastName'],
  ['Full Name', 'name'],
  ['Name', 'name'],
  ['Email', 'email'],
  ['Title', 'title'],
  ['AccountId', 'account.crmId'],
  ['FirstName', 'firstName'],
  ['LastName', 'lastName'],
];

const HUBSPOT_COMPANIES: Table = [
  ['Record ID', 'crmId'],
  ['Company ID', 'crmId'],
  ['hs_object_id', 'crmId'],
  ['Company name', 'name'],
  ['Company Domain Name', 'domain'],
  ['Website URL', 'domain'],
  ['Company owner', 'owner'],
  ['HubSpot Owner', 'owner'],
  ['Annual Revenue', 'traits.annual_revenue:amount'],
  ['Lifecycle Stage', 'traits.crm_lifecycle_stage'],
  ['Type', 'traits.account_type'],
  ['Industry', 'traits.industry'],
  ['Number of Employees', 'traits.employees:number'],
  ['Create Date', 'traits.crm_created_date:date'],
  ['Last Activity Date', 'traits.last_activity_date:date'],
  ['Close Date', 'traits.crm_close_date:date'],
  // Internal property names, as API-driven exports write them.
  ['domain', 'domain'],
  ['hubspot_owner_id', 'traits.crm_owner_id'],
  ['lifecyclestage', 'traits.crm_lifecycle_stage'],
  ['annualrevenue', 'traits.annual_revenue:amount'],
];

const HUBSPOT_CONTACTS: Table = [
  ['Record ID', 'externalId'],
  ['Contact ID', 'externalId'],
  ['hs_object_id', 'externalId'],
  ['Associated Company IDs (Primary)', 'account.crmId'],
  ['Primary Associated Company ID', 'account.crmId'],
  ['Associated Company ID', 'account.crmId'],
  ['Associated Company IDs', 'account.crmId'],
  ['Associated Company', 'account.name'],
  ['Company Name', 'account.name'],
  ['First Name', 'firstName'],
  ['Last Name', 'lastName'],
  ['Email', 'email'],
  ['Job Title', 'title'],
  ['firstname', 'firstName'],
  ['lastname', 'lastName'],
  ['jobtitle', 'title'],
  ['associatedcompanyid', 'account.crmId'],
];

/** Our own field names (any case, snake or camel), for files made by hand or by Playmaker. */
const PLAYMAKER_ACCOUNTS: Table = [
  ['crm_id', 'crmId'],
  ['product_id', 'productId'],
  ['name', 'name'],
  ['account', 'name'],
  ['company', 'name'],
  ['domain', 'domain'],
  ['arr', 'arr'],
  ['Annual Recurring Revenue', 'arr'],
  ['plan', 'plan'],
  ['tier', 'tier'],
  ['touch_model', 'touchModel'],
  ['lifecycle_stage', 'lifecycleStage'],
  ['contract_start', 'contractStart'],
  ['Contract Start Date', 'contractStart'],
  ['renewal_date', 'renewalDate'],
  ['Contract End Date', 'renewalDate'],
  ['owner_email', 'owner'],
  ['owner', 'owner'],
  ['CSM', 'owner'],
  ['Rejected Line', 'ignore'],
  ['Rejected Reason', 'ignore'],
];

const PLAYMAKER_CONTACTS: Table = [
  ['external_id', 'externalId'],
  ['name', 'name'],
  ['first_name', 'firstName'],
  ['last_name', 'lastName'],
  ['email', 'email'],
  ['title', 'title'],
  ['roles', 'roles'],
  ['role', 'roles'],
  ['status', 'status'],
  ['account_crm_id', 'account.crmId'],
  ['account_product_id', 'account.productId'],
  ['account_name', 'account.name'],
  ['Rejected Line', 'ignore'],
  ['Rejected Reason', 'ignore'],
];

const TABLES: Record<ImportEntity, Record<Source, Table>> = {
  accounts: { salesforce: SALESFORCE_ACCOUNTS, hubspot: HUBSPOT_COMPANIES, playmaker: PLAYMAKER_ACCOUNTS },
  contacts: { salesforce: SALESFORCE_CONTACTS, hubspot: HUBSPOT_CONTACTS, playmaker: PLAYMAKER_CONTACTS },
};

export interface KnownHeader {
  header: string;
  target: Target;
  /** Lower wins when two columns claim the same field. */
  rank: number;
}

/** How a header is spelled, for telling exports apart: "Account Name" is Salesforce, "account_name" is not. */
function spelling(header: string): string {
  return header.trim().toLowerCase().replace(/\s+/g, ' ');
}

const SPELLINGS = Object.fromEntries(
  (Object.keys(TABLES) as ImportEntity[]).map((entity) => [
    entity,
    Object.fromEntries(SOURCES.map((source) => [source, new Set(TABLES[entity][source].map(([h]) => spelling(h)))])),
  ]),
) as Record<ImportEntity, Record<Source, Set<string>>>;

function compile(entity: ImportEntity, table: Table): Map<string, KnownHeader> {
  const map = new Map<string, KnownHeader>();
  table.forEach(([header, text], rank) => {
    const target = parseTarget(entity, text);
    if ('error' in target) throw new Error(`header table: ${target.error}`);
    if (!map.has(headerKey(header))) map.set(headerKey(header), { header, target, rank });
  });
  return map;
}

const COMPILED = Object.fromEntries(
  (Object.keys(TABLES) as ImportEntity[]).map((entity) => [
    entity,
    Object.fromEntries(SOURCES.map((source) => [source, compile(entity, TABLES[entity][source])])),
  ]),
) as Record<ImportEntity, Record<Source, Map<string, KnownHeader>>>;

export function knownHeaders(entity: ImportEntity, source: Source): Map<string, KnownHeader> {
  return COMPILED[entity][source];
}

/**
 * Which export a file is, from headers spelled exactly as one CRM writes them and unknown to the
 * other. It decides what ambiguous headers mean ("Lifecycle Stage" is HubSpot's funnel stage in a
 * HubSpot file, ours elsewhere) and how Salesforce dates and ids are read.
 */
export function detectSource(entity: ImportEntity, headers: readonly string[]): Source {
  const tables = COMPILED[entity];
  const distinctive = (source: 'salesforce' | 'hubspot', other: 'salesforce' | 'hubspot') =>
    headers.filter((h) => SPELLINGS[entity][source].has(spelling(h)) && !tables[other].has(headerKey(h))).length;
  const salesforce = distinctive('salesforce', 'hubspot');
  const hubspot = distinctive('hubspot', 'salesforce');
  // Two distinctive headers, so a hand-made file with a "Website" column is not taken for Salesforce.
  if (salesforce >= 2 && salesforce > hubspot) return 'salesforce';
  if (hubspot >= 2 && hubspot > salesforce) return 'hubspot';
  return 'playmaker';
}

/** The header names a field is recognised by, for "expected one of …" messages. */
export function headersFor(entity: ImportEntity, field: string): string[] {
  const names: string[] = [];
  for (const source of SOURCES) {
    for (const [header, text] of TABLES[entity][source]) {
      if (text === field) names.push(source === 'playmaker' ? `"${header}"` : `"${header}" (${SOURCE_LABELS[source].split(' ')[0]})`);
    }
  }
  return names;
}
