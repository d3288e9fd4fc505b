import { Component } from 'react';
import type { ErrorInfo, ReactNode } from 'react';

/**
 * The last line: anything that escapes the routes' own error pages (a provider, the router itself)
 * still ends on a message with a reload button. Plain HTML, because Mantine itself may be what broke.
 */
export class AppErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(error, info.componentStack);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <main role="alert" style={{ font: '16px/1.5 system-ui, sans-serif', maxWidth: '32rem', margin: '4rem auto', padding: '0 1rem' }}>
        <h1>Something went wrong</h1>
        <p>Playmaker hit an error it could not recover from. Reload the page to continue.</p>
        <button type="button" onClick={() => window.location.reload()}>Reload</button>
      </main>
    );
  }
}
