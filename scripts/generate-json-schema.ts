// Writes schema/playbook.schema.json from the Zod schema. `--check` only verifies it is current.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { JSON_SCHEMA_PATH, playbookJsonSchemaText } from '../src/core/playbook/json-schema.ts';

const target = fileURLToPath(new URL(`../${JSON_SCHEMA_PATH}`, import.meta.url));
const expected = playbookJsonSchemaText();

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // A missing file is simply out of date.
  }
  if (current !== expected) {
    console.error(`${JSON_SCHEMA_PATH} is out of date; run: node scripts/generate-json-schema.ts`);
    process.exit(1);
  }
  console.log(`${JSON_SCHEMA_PATH} is up to date`);
} else {
  writeFileSync(target, expected);
  console.log(`wrote ${JSON_SCHEMA_PATH}`);
}
