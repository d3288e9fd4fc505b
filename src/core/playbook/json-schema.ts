import { z } from 'zod';
import { PlaybookSchema } from './schema.ts';

export const JSON_SCHEMA_PATH = 'schema/playbook.schema.json';

/** The JSON Schema editors use to autocomplete and validate playbook files. */
export function playbookJsonSchema(): Record<string, unknown> {
  // `input` describes what an author writes: fields with defaults stay optional.
  const schema = z.toJSONSchema(PlaybookSchema, { io: 'input', target: 'draft-2020-12' }) as JsonObject;
  // Zod cannot express its refinements in JSON Schema; the "required when" rules are worth
  // restating with if/then so editors flag them while typing.
  schema.allOf = [requiredWhen('kind', 'playbook', ['customer_goal', 'business_goal', 'success', 'pitfalls'])];
  const step = ((schema.properties as JsonObject).steps as JsonObject).items as JsonObject;
  step.allOf = [
    requiredWhen('kind', 'email', ['template']),
    requiredWhen('kind', 'decision', ['question', 'branches']),
    requiredWhen('kind', 'wait', ['wait']),
    requiredWhen('kind', 'action', ['action']),
  ];
  return {
    $schema: schema.$schema,
    title: 'Playmaker playbook',
    description:
      'A playbook, runbook or script of a Playmaker library. Generated from src/core/playbook/schema.ts by ' +
      'scripts/generate-json-schema.ts; do not edit. Rules across fields (flow, kind-specific fields) are checked by `playmaker lint`.',
    ...schema,
  };
}

type JsonObject = Record<string, unknown>;

function requiredWhen(field: string, value: string, required: string[]): JsonObject {
  return { if: { properties: { [field]: { const: value } }, required: [field] }, then: { required } };
}

/** The exact text of the committed schema file. */
export function playbookJsonSchemaText(): string {
  return `${JSON.stringify(playbookJsonSchema(), null, 2)}\n`;
}
