import { describe, expect, it } from 'vitest';
import { lintTemplateFile } from './lint-template.ts';
import { formatProblem } from './problem.ts';
import { AGENDA_TEMPLATE, EMAIL_TEMPLATE } from './test-support.ts';

const lint = (content: string) => lintTemplateFile('t.liquid', content);
const lines = (content: string) => lint(content).problems.map(formatProblem);

describe('lintTemplateFile', () => {
  it('accepts valid templates and reports their kind', () => {
    expect(lint(EMAIL_TEMPLATE)).toEqual({ problems: [], kind: 'email' });
    expect(lint(AGENDA_TEMPLATE)).toEqual({ problems: [], kind: 'agenda' });
  });

  it('does not mistake the template’s own variables for merge fields', () => {
    const body = '{% assign n = account.name %}{% capture greeting %}Hi{% endcapture %}{% for c in account.traits.list %}{{ forloop.index }} {{ c.name }}{% endfor %}{{ n }} {{ greeting }}{% increment count %}{{ count }}';
    expect(lines(`---\nkind: agenda\n---\n${body}`)).toEqual([]);
  });

  it('reports every undefined merge field at its own line and column', () => {
    expect(lines('---\nkind: agenda\n---\n{{ a.b }}\n  {% if x.y > 1 %}{{ account.foo }}{% endif %}')).toEqual([
      't.liquid:4:4 undefined merge field "a.b"',
      't.liquid:5:9 undefined merge field "x.y"',
      't.liquid:5:22 undefined merge field "account.foo"',
    ]);
  });

  it('refuses include/render even inside a liquid tag', () => {
    expect(lines('---\nkind: agenda\n---\n{% liquid\n  echo account.name\n  render "x"\n%}')).toEqual([
      't.liquid:6:3 Liquid syntax error: templates cannot load other templates ({% render %})',
    ]);
  });

  it('handles Windows line endings', () => {
    expect(lines('---\r\nkind: email\r\nsubject: Hi {{ acount.name }}\r\n---\r\nHi {{ champion.nme }}\r\n')).toEqual([
      't.liquid:3:16 undefined merge field "acount.name" (did you mean "account.name"?)',
      't.liquid:5:7 undefined merge field "champion.nme" (did you mean "champion.name"?)',
    ]);
  });

  it('reports an unclosed front matter', () => {
    expect(lines('---\nkind: email\nsubject: x\n')).toEqual(['t.liquid:1:1 front matter is not closed with a --- line']);
  });
});
