import { describe, expect, it } from 'vitest';
import { buildMergeContext, renderTemplate, TemplateError, type MergeContext } from './render.ts';
import { EMAIL_TEMPLATE } from './test-support.ts';

const context: MergeContext = {
  account: { name: 'Acme <b>& Co</b>', renewal_date: '2025-09-30', traits: { industry: 'retail' } },
  champion: { first_name: 'Ann', name: 'Ann Lee' },
  csm: { name: 'Sam "The Closer" Roe' },
};
const email = (body: string, subject = 'Hello') => `---\nkind: email\nsubject: ${JSON.stringify(subject)}\n---\n${body}`;
const script = (body: string) => `---\nkind: call_script\n---\n${body}`;

/** Runs a render that must fail, and how long it took to fail. */
function failure(source: string, options = {}): { message: string; ms: number } {
  const started = performance.now();
  try {
    renderTemplate(source, context, options);
  } catch (error) {
    expect(error).toBeInstanceOf(TemplateError);
    return { message: (error as Error).message, ms: performance.now() - started };
  }
  throw new Error('expected the render to fail');
}

describe('renderTemplate', () => {
  it('renders the subject as text and the email body HTML-escaped', () => {
    const rendered = renderTemplate(EMAIL_TEMPLATE, context);
    expect(rendered.kind).toBe('email');
    expect(rendered.subject).toBe("Acme <b>& Co</b>: a quick look at your team's usage");
    expect(rendered.body).toBe(
      // The apostrophe is template text, not a merge field, so it stays as written.
      "Hi Ann,\n\nI noticed Acme &lt;b&gt;&amp; Co&lt;/b&gt;'s weekly active users went down.\n\nSam &#34;The Closer&#34; Roe\n",
    );
  });

  it('renders missing optional values as empty text and keeps defaults working', () => {
    const rendered = renderTemplate(email('[{{ sponsor.name }}][{{ manager.first_name | default: "team" }}][{{ account.traits.industry }}]'), context);
    expect(rendered.body).toBe('[][team][retail]');
  });

  it('does not let `raw` switch escaping off in an email body', () => {
    expect(renderTemplate(email('{{ account.name | raw }}'), context).body).toBe('Acme &lt;b&gt;&amp; Co&lt;/b&gt;');
  });

  it('leaves call scripts unescaped unless asked, and escapes on request', () => {
    expect(renderTemplate(script('{{ account.name }}'), context).body).toBe('Acme <b>& Co</b>');
    expect(renderTemplate(script('{{ account.name }}'), context, { escapeHtml: true }).body).toBe('Acme &lt;b&gt;&amp; Co&lt;/b&gt;');
    expect(renderTemplate(email('{{ account.name }}'), context, { escapeHtml: false }).body).toBe('Acme <b>& Co</b>');
  });

  it('fails on unknown filters instead of skipping them, at the file line', () => {
    expect(failure(email('Hi\n{{ account.name | shout }}')).message).toBe('line 6, col 1: undefined filter: shout');
    expect(failure(email('Hi', '{{ account.name | shout }}')).message).toBe('subject, col 1: undefined filter: shout');
  });

  it('hides JavaScript internals of the context', () => {
    const probe = '[{{ account.constructor }}][{{ account.__proto__ }}][{{ account.hasOwnProperty }}][{{ account.name.constructor.name }}]';
    expect(renderTemplate(script(probe), context).body).toBe('[][][][]');
  });

  it('loads partials only from the in-memory map, never from disk', () => {
    const partials = { signature: '-- {{ csm.name }}' };
    expect(renderTemplate(script('{% include "signature" %}'), context, { partials }).body).toBe('-- Sam "The Closer" Roe');
    expect(renderTemplate(script('{% render "signature", csm: csm %}'), context, { partials }).body).toBe('-- Sam "The Closer" Roe');
    for (const name of ['missing', '/etc/passwd', '../../../package.json', 'package.json', 'constructor', '__proto__']) {
      expect(failure(script(`{% include "${name}" %}`), { partials }).message).toBe(`line 4, col 1: template "${name}" not found`);
      expect(failure(script(`{% render "${name}" %}`), { partials }).message).toBe(`line 4, col 1: template "${name}" not found`);
    }
    expect(failure(script('{% layout "../package.json" %}x')).message).toMatch(/template "..\/package.json" not found/);
  });

  it('stops a template that loops forever within its time limit', () => {
    const loop = script('{% for i in (1..100000) %}{% for j in (1..100000) %}x{% endfor %}{% endfor %}');
    const { message, ms } = failure(loop, { limits: { renderMs: 200 } });
    expect(message).toBe('template took longer than its 200 ms render limit');
    expect(ms).toBeLessThan(2_000);
  });

  it('stops a loop over a huge range before it allocates it', () => {
    const { message, ms } = failure(script('{% for i in (1..100000000) %}{{ i }}{% endfor %}'));
    expect(message).toBe('template built more text or data than its memory limit allows');
    expect(ms).toBeLessThan(1_000);
  });

  it('stops a template whose output explodes in size', () => {
    const doubling = script('{% assign s = "xxxxxxxxxx" %}{% for i in (1..60) %}{% assign s = s | append: s %}{% endfor %}{{ s }}');
    const { message, ms } = failure(doubling);
    expect(message).toBe('template built more text or data than its memory limit allows');
    expect(ms).toBeLessThan(5_000); // "never hangs": generous, because a loaded CI machine is slow
    expect(failure(script('{{ "2024-01-01" | date: "%1000000000d" }}')).message).toMatch(/memory limit/);
    const wide = script('{% for i in (1..50000) %}0123456789{% endfor %}');
    expect(failure(wide, { limits: { outputChars: 100_000 } }).message).toBe('rendered template is longer than its 100000 character limit');
  });

  it('refuses templates longer than the parse limit', () => {
    expect(failure(script('x'.repeat(2_000)), { limits: { parseChars: 1_000 } }).message).toBe(
      'template is longer than its 1000 character limit',
    );
  });

  it('explains broken front matter', () => {
    expect(failure('Hi {{ account.name }}').message).toMatch(/^missing front matter/);
    expect(failure('---\nkind: email\nHi').message).toBe('front matter is not closed with a --- line');
    expect(failure('---\nkind: memo\n---\nHi').message).toBe('front matter: kind: expected one of email, call_script, agenda, got "memo"');
    expect(failure('---\nkind: email\n---\nHi').message).toBe('front matter: subject: required for email templates');
    expect(failure('---\nkind: [email\n---\nHi').message).toMatch(/^front matter: YAML syntax error/);
  });
});

describe('buildMergeContext', () => {
  it('derives first names and days to renewal', () => {
    const built = buildMergeContext({
      today: '2025-09-01',
      account: { name: 'Acme', renewal_date: '2025-09-30' },
      champion: { name: '  Ann  Lee ' },
      csm: { name: 'Sam Roe', first_name: 'Sammy' },
    });
    expect(built.account.days_to_renewal).toBe(29);
    expect(built.champion?.first_name).toBe('Ann');
    expect(built.csm?.first_name).toBe('Sammy');
    expect(built.sponsor).toBeUndefined();
    expect(built).not.toHaveProperty('today');
  });

  it('keeps a given days_to_renewal and skips bad dates', () => {
    expect(buildMergeContext({ today: '2025-09-01', account: { name: 'A', renewal_date: '2025-09-30', days_to_renewal: 3 } }).account.days_to_renewal).toBe(3);
    expect(buildMergeContext({ today: '2025-09-01', account: { name: 'A', renewal_date: 'soon' } }).account.days_to_renewal).toBeUndefined();
  });
});
