import type { RouteObject } from 'react-router';
import { prefetchLibrary, prefetchPlaybook, prefetchQuickReference } from './library-route-loaders.ts';

/** The library: search and playbook pages. Mounted inside the signed-in layout by app/router.tsx. */
export const libraryRoutes: RouteObject[] = [
  { path: 'library', loader: prefetchLibrary, lazy: async () => ({ Component: (await import('./library-page.tsx')).LibraryPage }) },
  { path: 'library/:id', loader: prefetchPlaybook, lazy: async () => ({ Component: (await import('./playbook-page.tsx')).PlaybookPage }) },
  {
    path: 'library/:id/quick-reference',
    loader: prefetchQuickReference,
    lazy: async () => ({ Component: (await import('./quick-reference-page.tsx')).QuickReferencePage }),
  },
];
