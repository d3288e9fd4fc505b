import { describe, expect, it } from 'vitest';
import { domainOf, mapGroupTraits, mapIdentifyTraits } from './trait-mapping.ts';

describe('group traits', () => {
  it('fills account columns and keeps the rest as traits', () => {
    expect(mapGroupTraits({ name: ' Acme ', plan: 'enterprise', arr: '48,000', website: 'https://www.Acme.example/about', industry: 'logistics', employees: 120 })).toEqual({
      columns: { name: 'Acme', plan: 'enterprise', arr: 48000, domain: 'acme.example' },
      traits: { industry: 'logistics', employees: 120 },
    });
  });

  it('derives ARR from MRR only when ARR is absent, and keeps values that do not fit', () => {
    expect(mapGroupTraits({ mrr: 1000.5 })).toEqual({ columns: { arr: 12006 }, traits: {} });
    expect(mapGroupTraits({ arr: 50, mrr: 10 })).toEqual({ columns: { arr: 50 }, traits: { mrr: 10 } });
    expect(mapGroupTraits({ arr: 'lots', domain: 'not a domain' })).toEqual({ columns: {}, traits: { arr: 'lots', domain: 'not a domain' } });
  });

  it('normalises domains', () => {
    expect(domainOf('acme.example')).toBe('acme.example');
    expect(domainOf('http://WWW.acme.example:8080/x')).toBe('acme.example');
    expect(domainOf('localhost')).toBeUndefined();
  });
});

describe('identify traits', () => {
  it('takes name, or first and last name, email and title', () => {
    expect(mapIdentifyTraits({ name: 'Jane Doe', email: 'jane@acme.example', title: 'VP Ops' })).toEqual({ name: 'Jane Doe', email: 'jane@acme.example', title: 'VP Ops' });
    expect(mapIdentifyTraits({ firstName: 'Jane', lastName: 'Doe', email: 'not-an-email' })).toEqual({ name: 'Jane Doe', email: undefined, title: undefined });
  });
});
