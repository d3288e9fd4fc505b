import { useEffect, useImperativeHandle, useRef } from 'react';
import type { Ref } from 'react';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { yaml } from '@codemirror/lang-yaml';
import { bracketMatching, defaultHighlightStyle, indentOnInput, syntaxHighlighting } from '@codemirror/language';
import { EditorView, drawSelection, highlightActiveLine, highlightActiveLineGutter, keymap, lineNumbers } from '@codemirror/view';
import { linter, lintGutter, lintKeymap } from '@codemirror/lint';
import type { Diagnostic } from '@codemirror/lint';
import { Box } from '@mantine/core';
import { diagnosticFor, isPlaybookFileProblem, positionOf } from './lint-diagnostics.ts';
import type { LintProblem } from './lint-diagnostics.ts';

export interface YamlEditorHandle {
  /** Puts the cursor at a problem's line and column and scrolls it into view. */
  jumpTo(line: number, col: number): void;
  /** Replaces the whole text (loading someone else's newer draft). */
  replaceText(text: string): void;
}

interface YamlEditorProps {
  initialText: string;
  onChange: (text: string) => void;
  /** Lints the text; rejected promises leave the previous marks in place. */
  lint: (text: string) => Promise<LintProblem[]>;
  ref?: Ref<YamlEditorHandle>;
}

// CodeMirror's own lint plugin waits for a pause in typing and drops answers for text that has
// changed since, so a slow answer never marks the wrong place.
const LINT_DELAY_MS = 400;

/** The draft's YAML in CodeMirror, marked with the server linter's problems in the gutter and underlined. */
export function YamlEditor({ initialText, onChange, lint, ref }: YamlEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  // The editor is built once; these refs let it call the latest callbacks.
  const latest = useRef({ onChange, lint });
  latest.current = { onChange, lint };

  useEffect(() => {
    const source = async (v: EditorView): Promise<Diagnostic[]> => {
      const doc = v.state.doc;
      try {
        const problems = await latest.current.lint(doc.toString());
        return problems.filter(isPlaybookFileProblem).map((p) => diagnosticFor(doc, p));
      } catch {
        return [];
      }
    };
    const editor = new EditorView({
      parent: host.current!,
      doc: initialText,
      extensions: [
        lineNumbers(),
        highlightActiveLineGutter(),
        highlightActiveLine(),
        drawSelection(),
        history(),
        indentOnInput(),
        bracketMatching(),
        syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
        // Tab indents (YAML is all indentation); Escape then Tab leaves the editor, as CodeMirror documents.
        keymap.of([...defaultKeymap, ...historyKeymap, ...lintKeymap, indentWithTab]),
        yaml(),
        lintGutter(),
        linter(source, { delay: LINT_DELAY_MS }),
        // Long lines wrap and the editor grows with its text: the page is the only scrolling area,
        // which keeps it usable at phone width and by keyboard (no inner scroll box to reach).
        EditorView.lineWrapping,
        EditorView.contentAttributes.of({ 'aria-label': 'Playbook YAML' }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) latest.current.onChange(update.state.doc.toString());
        }),
        EditorView.theme({ '&': { fontSize: '13px' }, '.cm-content, .cm-gutter': { minHeight: '320px' }, '.cm-scroller': { fontFamily: 'var(--mantine-font-family-monospace)' } }),
      ],
    });
    view.current = editor;
    return () => {
      editor.destroy();
      view.current = null;
    };
    // Built once: the initial text only seeds the editor, and later text lives in CodeMirror.
  }, []);

  useImperativeHandle(ref, () => ({
    jumpTo(line, col) {
      const v = view.current;
      if (!v) return;
      const anchor = positionOf(v.state.doc, line, col);
      v.dispatch({ selection: { anchor }, effects: EditorView.scrollIntoView(anchor, { y: 'center' }) });
      v.focus();
    },
    replaceText(text) {
      const v = view.current;
      if (v) v.dispatch({ changes: { from: 0, to: v.state.doc.length, insert: text } });
    },
  }));

  return <Box ref={host} style={{ border: '1px solid var(--mantine-color-default-border)', borderRadius: 'var(--mantine-radius-sm)' }} data-testid="yaml-editor" />;
}
