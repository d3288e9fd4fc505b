import { describe, expect, it } from 'vitest';
import { checkMergeField, MERGE_FIELDS } from './merge-fields.ts';

describe('checkMergeField', () => {
  it('accepts the vocabulary of the spec', () => {
    for (const [root, fields] of Object.entries(MERGE_FIELDS)) {
      expect(checkMergeField([root])).toBeNull();
      for (const field of fields) expect(checkMergeField([root, field])).toBeNull();
    }
  });

  it('accepts any trait, including computed ones, and Liquid size/first/last', () => {
    expect(checkMergeField(['account', 'traits', 'industry'])).toBeNull();
    expect(checkMergeField(['account', 'traits', ['key']])).toBeNull();
    expect(checkMergeField(['account', 'name', 'size'])).toBeNull();
    expect(checkMergeField(['champion', 'first_name', 'first'])).toBeNull();
  });

  it('rejects anything else, suggesting a close name', () => {
    expect(checkMergeField(['acount', 'name'])).toBe('undefined merge field "acount.name" (did you mean "account.name"?)');
    expect(checkMergeField(['account', 'nmae'])).toBe('undefined merge field "account.nmae" (did you mean "account.name"?)');
    expect(checkMergeField(['csm', 'title'])).toBe('undefined merge field "csm.title"');
    expect(checkMergeField(['traits', 'industry'])).toBe('undefined merge field "traits.industry"');
    expect(checkMergeField(['account', 'name', 'upcase'])).toBe('undefined merge field "account.name.upcase"');
    expect(checkMergeField(['account', ['field']])).toBe('"account[field]" looks up a field by a computed name; name the field instead');
    expect(checkMergeField(['constructor'])).toMatch(/^undefined merge field "constructor"/);
    expect(checkMergeField(['account', 'constructor'])).toMatch(/^undefined merge field/);
  });
});
