import type { Json } from './validate-message.ts';

/** Account columns a group call's traits fill; everything else goes to the account's traits. */
export interface AccountColumns {
  name?: string;
  plan?: string;
  arr?: number;
  domain?: string;
}

/** Contact columns an identify call's traits fill. */
export interface ContactColumns {
  name?: string;
  email?: string;
  title?: string;
}

const MAX_ARR = 1e12;

function text(value: unknown, max: number): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed ? trimmed.slice(0, max) : undefined;
}

/** Numbers as senders write them: 48000, "48000", "48,000.50", "$48000". */
function amount(value: unknown): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() ? Number(value.replace(/[\s,$€£_]/g, '')) : NaN;
  return Number.isFinite(n) && n >= 0 && n <= MAX_ARR ? Math.round(n * 100) / 100 : undefined;
}

/** "https://www.Acme.example/pricing" → "acme.example". */
export function domainOf(value: unknown): string | undefined {
  const raw = text(value, 500);
  if (!raw) return undefined;
  let host: string;
  try {
    host = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `http://${raw}`).hostname;
  } catch {
    return undefined;
  }
  host = host.toLowerCase().replace(/^www\./, '');
  return host.includes('.') && host.length <= 253 ? host : undefined;
}

/**
 * Splits group traits into account columns and custom traits. A value that does not fit its
 * column (an ARR of "lots") stays in the traits, so nothing the sender said is lost.
 */
export function mapGroupTraits(traits: Json): { columns: AccountColumns; traits: Json } {
  const columns: AccountColumns = {};
  const rest: Json = { ...traits };
  const take = <K extends keyof AccountColumns>(column: K, key: string, value: AccountColumns[K] | undefined) => {
    if (value === undefined || columns[column] !== undefined) return;
    columns[column] = value;
    delete rest[key];
  };
  take('name', 'name', text(traits.name, 200));
  take('plan', 'plan', text(traits.plan, 100));
  take('arr', 'arr', amount(traits.arr));
  const mrr = amount(traits.mrr);
  take('arr', 'mrr', mrr === undefined || mrr * 12 > MAX_ARR ? undefined : Math.round(mrr * 1200) / 100);
  take('domain', 'domain', domainOf(traits.domain));
  take('domain', 'website', domainOf(traits.website));
  return { columns, traits: rest };
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function mapIdentifyTraits(traits: Json): ContactColumns {
  const first = text(traits.firstName ?? traits.first_name, 100);
  const last = text(traits.lastName ?? traits.last_name, 100);
  const email = text(traits.email, 320);
  return {
    name: text(traits.name, 200) ?? (([first, last].filter(Boolean).join(' ') || undefined)),
    email: email && EMAIL.test(email) ? email : undefined,
    title: text(traits.title, 200),
  };
}
