import type { Mermaid } from 'mermaid';

let loading: Promise<Mermaid> | undefined;
let renders = 0;

// Mermaid is large: it is fetched the first time a flowchart is shown, never with the app.
function loadMermaid(): Promise<Mermaid> {
  loading ??= import('mermaid').then(({ default: mermaid }) => {
    // 'strict' encodes tags in labels and turns off click handlers, so chart text is only text.
    mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: 'neutral', flowchart: { useMaxWidth: true } });
    return mermaid;
  });
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

/** Draws Mermaid text into `container` as an SVG image labelled `label` for screen readers. */
export async function renderFlowchart(text: string, label: string, container: HTMLElement): Promise<void> {
  const mermaid = await loadMermaid();
  renders += 1;
  const { svg } = await mermaid.render(`playbook-flowchart-${renders}`, text);
  // The SVG comes from Mermaid in strict mode, which sanitises every label (DOMPurify) before
  // building the markup; the text itself comes from our server with labels quoted.
  container.innerHTML = svg;
  const image = container.querySelector('svg');
  image?.setAttribute('role', 'img');
  image?.setAttribute('aria-label', label);
}
