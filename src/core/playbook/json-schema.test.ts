import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JSON_SCHEMA_PATH, playbookJsonSchema, playbookJsonSchemaText } from './json-schema.ts';

describe('playbook JSON Schema', () => {
  it('is committed exactly as the generator writes it (run scripts/generate-json-schema.ts)', () => {
    const committed = readFileSync(new URL(`../../../${JSON_SCHEMA_PATH}`, import.meta.url), 'utf8');
    expect(committed).toBe(playbookJsonSchemaText());
  });

  it('lets editors see the fields, the patterns and the kind-specific requirements', () => {
    const schema = playbookJsonSchema() as {
      properties: Record<string, { pattern?: string; items?: { allOf?: unknown[]; properties: Record<string, { pattern?: string }> } }>;
      required: string[];
      allOf: unknown[];
    };
    expect(schema.required).toEqual(['id', 'title', 'kind', 'category', 'owner', 'when_to_use', 'steps']);
    expect(new RegExp(schema.properties.steps.items!.properties.due.pattern!).test('2d after review')).toBe(true);
    expect(new RegExp(schema.properties.holdout.pattern!).test('51%')).toBe(false);
    expect(schema.allOf).toEqual([
      {
        if: { properties: { kind: { const: 'playbook' } }, required: ['kind'] },
        then: { required: ['customer_goal', 'business_goal', 'success', 'pitfalls'] },
      },
    ]);
    expect(schema.properties.steps.items!.allOf).toHaveLength(4);
  });
});
