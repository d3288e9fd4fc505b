import type { RouteObject } from 'react-router';
import { prefetchDraft } from './editor-route-loaders.ts';

/** The playbook editor. Mounted inside the signed-in layout by app/router.tsx. */
export const editorRoutes: RouteObject[] = [
  { path: 'library/new', lazy: async () => ({ Component: (await import('./new-playbook-page.tsx')).NewPlaybookPage }) },
  { path: 'library/:id/edit', loader: prefetchDraft, lazy: async () => ({ Component: (await import('./editor-page.tsx')).EditorPage }) },
];
