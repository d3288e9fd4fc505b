#!/usr/bin/env node
// Node 24 runs our TypeScript directly (type stripping), so there is no build step for the server.
const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
  console.error(`playmaker: needs Node.js 22.12 or newer (this is ${process.version}); run it through npm (npm start, npx playmaker), which uses the Node 24 installed in node_modules.`);
  process.exit(2);
}
// V8's code cache on disk roughly halves the time spent loading our dependencies on later starts.
const { enableCompileCache } = await import('node:module');
enableCompileCache?.();
process.removeAllListeners('warning');
process.on('warning', (w) => { if (w.name !== 'ExperimentalWarning') console.warn(w); });
await import('../src/server/cli/main.ts');
