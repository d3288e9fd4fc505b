// The web app's production bundle: JavaScript the browser must fetch before the first screen can
// render (the entry script and every chunk it imports statically, as index.html lists them),
// gzipped at level 9. Route chunks load later, on first visit, and are listed apart. Baseline in
// the same run: react + react-dom alone, bundled the same way. Target: initial JS ≤ 350 KB gzipped.
//   node bench/web-bundle.ts [--no-build]
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { WEB_DIST, buildWeb } from '../scripts/build-web.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const TARGET_KB = 350;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const gz = (data: Buffer) => gzipSync(data, { level: 9 }).byteLength;
const br = (data: Buffer) => brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).byteLength;

/** The JS and CSS index.html makes the browser fetch before anything renders. */
function initialAssets(dir: string): { js: string[]; css: string[] } {
  const html = readFileSync(path.join(dir, 'index.html'), 'utf8');
  const refs = (pattern: RegExp) => [...html.matchAll(pattern)].map((m) => m[1]!.replace(/^\//, ''));
  return {
    js: [...new Set([...refs(/<script[^>]+src="([^"]+\.js)"/g), ...refs(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g)])],
    css: refs(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+\.css)"/g),
  };
}

async function baselineReactGzip(): Promise<number> {
  // Vite keeps an inherited NODE_ENV; the baseline must be React's production build, as the app's is.
  process.env.NODE_ENV = 'production';
  // Inside the project, so the build resolves react from its node_modules; dist/ is not committed.
  mkdirSync(path.join(ROOT, 'dist'), { recursive: true });
  const dir = mkdtempSync(path.join(ROOT, 'dist', 'bench-react-'));
  try {
    writeFileSync(path.join(dir, 'index.html'), '<div id="root"></div><script type="module" src="./main.js"></script>');
    writeFileSync(path.join(dir, 'main.js'), "import { createElement } from 'react'; import { createRoot } from 'react-dom/client'; createRoot(document.getElementById('root')).render(createElement('p', null, 'hi'));");
    const { build } = await import('vite');
    await build({ root: dir, logLevel: 'silent', configFile: false, build: { outDir: path.join(dir, 'dist') } });
    const assets = path.join(dir, 'dist/assets');
    return readdirSync(assets).filter((f) => f.endsWith('.js')).reduce((sum, f) => sum + gz(readFileSync(path.join(assets, f))), 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (!process.argv.includes('--no-build') || !existsSync(path.join(WEB_DIST, 'index.html'))) await buildWeb({ quiet: true });

const { js, css } = initialAssets(WEB_DIST);
const allJs = readdirSync(path.join(WEB_DIST, 'assets')).filter((f) => f.endsWith('.js')).map((f) => `assets/${f}`);
const later = allJs.filter((f) => !js.includes(f));
const sizes = (files: string[]) => files.map((f) => ({ file: f, raw: readFileSync(path.join(WEB_DIST, f)).byteLength, gzip: gz(readFileSync(path.join(WEB_DIST, f))), brotli: br(readFileSync(path.join(WEB_DIST, f))) }));
const initial = sizes(js);
const total = (list: { gzip: number }[]) => list.reduce((s, x) => s + x.gzip, 0);
const initialGzip = total(initial);
const reactOnly = await baselineReactGzip();

console.log(`web bundle: initial JS ${kb(initialGzip)} gzipped (${kb(initial.reduce((s, x) => s + x.brotli, 0))} brotli, ${kb(initial.reduce((s, x) => s + x.raw, 0))} raw) in ${initial.length} files; target ≤ ${TARGET_KB} KB: ${initialGzip <= TARGET_KB * 1024 ? 'met' : 'MISSED'}`);
console.log(`  baseline: react + react-dom alone ${kb(reactOnly)} gzipped; the shell adds ${kb(initialGzip - reactOnly)}`);
for (const f of initial) console.log(`  initial  ${f.file.padEnd(48)} ${kb(f.gzip).padStart(9)} gzip`);
console.log(`  initial CSS ${kb(total(sizes(css)))} gzipped in ${css.length} file(s)`);
console.log(`  loaded on first visit of a screen: ${kb(total(sizes(later)))} gzipped in ${later.length} chunks`);
for (const f of sizes(later).sort((a, b) => b.gzip - a.gzip)) console.log(`  later    ${f.file.padEnd(48)} ${kb(f.gzip).padStart(9)} gzip`);
