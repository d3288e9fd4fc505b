import { describe, expect, it } from 'vitest';
import { currentOpenApiDocument, readCommittedApiTypes, renderApiTypes } from '../../scripts/generate-api-types.ts';

describe('the web app API types', () => {
  it('match the server (after a route change, run `npm run api:types`)', async () => {
    const expected = await renderApiTypes(await currentOpenApiDocument());
    const committed = await readCommittedApiTypes();
    // A diff of 4,000 lines helps nobody: say what to run.
    expect(committed === expected, 'src/web/api/schema.d.ts is out of date with the server: run `npm run api:types`').toBe(true);
  });
});
