import { describe, expect, it } from 'vitest';
import { fieldForIssue } from './field-for-issue.ts';

const values = { name: '', arr: null as number | null, roles: ['champion'], owner: { id: '' }, contacts: [{ email: '' }] };

describe('fieldForIssue', () => {
  it('maps a top-level issue to its field', () => {
    expect(fieldForIssue(values, 'name')).toBe('name');
    expect(fieldForIssue(values, 'arr')).toBe('arr');
  });

  it('maps nested fields and items of object lists', () => {
    expect(fieldForIssue(values, 'owner.id')).toBe('owner.id');
    expect(fieldForIssue(values, 'contacts.0.email')).toBe('contacts.0.email');
  });

  it('maps an item of a list of plain values to the list', () => {
    expect(fieldForIssue(values, 'roles.0')).toBe('roles');
  });

  it('leaves issues that match no input to the form-level message', () => {
    expect(fieldForIssue(values, 'query.page')).toBeUndefined();
    expect(fieldForIssue(values, 'owner')).toBeUndefined();
    expect(fieldForIssue(values, '')).toBeUndefined();
    expect(fieldForIssue(values, 'name.first')).toBeUndefined();
  });
});
