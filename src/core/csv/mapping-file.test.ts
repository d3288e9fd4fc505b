import { describe, expect, it } from 'vitest';
import { MappingError } from './errors.ts';
import { parseMapping } from './mapping-file.ts';

describe('parseMapping', () => {
  it('reads YAML and JSON', () => {
    const yaml = parseMapping('accounts', 'columns:\n  Customer No: crmId\n  Seats: traits.seats:number\ndateFormat: DD/MM/YYYY\n');
    expect([...yaml.columns]).toEqual([['Customer No', { kind: 'field', field: 'crmId' }], ['Seats', { kind: 'trait', key: 'seats', type: 'number' }]]);
    expect(yaml.dateFormat).toBe('DD/MM/YYYY');
    const json = parseMapping('contacts', '{"columns": {"Kontakt": "externalId", "Firma": "account.name", "Telefon": "ignore"}}');
    expect(json.columns.get('Firma')).toEqual({ kind: 'field', field: 'account.name' });
  });

  it.each([
    ['columns: [a, b]', /columns: .*expected record/i],
    ['columns:\n  A: revenue', /columns\."A": "revenue" is not a account field/],
    ['columns:\n  A: traits.x:money', /unknown type/],
    ['columns: {A: name}\ndateFormat: YYYY/DD/MM', /dateFormat/],
    ['columns: {A: name}\nextra: 1', /unrecognized key/i],
    ['columns: {A: name', /not valid YAML or JSON/],
  ])('refuses %j', (text, message) => {
    expect(() => parseMapping('accounts', text, 'm.yaml')).toThrow(MappingError);
    expect(() => parseMapping('accounts', text, 'm.yaml')).toThrow(message);
  });

  it('refuses traits for contacts', () => {
    expect(() => parseMapping('contacts', 'columns: {A: traits.x}')).toThrow(/contacts have no traits/);
  });
});
