// Builds the web app into dist/web (Vite, configured by vite.config.ts).
//   node scripts/build-web.ts               build now
//   node scripts/build-web.ts --if-stale    build only if the sources changed since the last build
//   --keep-going                            on failure, warn and exit 0 (npm start serves the old build)
// `npm ci` builds through the `prepare` script and `npm start` rebuilds a stale build, so the two
// commands in the README always serve the app that matches the checkout.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
export const WEB_DIST = path.join(ROOT, 'dist/web');
// Beside dist/web, not in it: Vite empties its output directory, and the server must not serve this.
const STAMP = path.join(ROOT, 'dist/web-build-stamp.txt');
// What the bundle is made of: the app, the shared core it imports, the build config, the dependencies.
const INPUTS = ['src/web', 'src/core', 'vite.config.ts', 'package-lock.json'];

async function filesUnder(entry: string): Promise<string[]> {
  const full = path.join(ROOT, entry);
  if (!existsSync(full)) return [];
  if (!(await readdir(full, { withFileTypes: true }).catch(() => null))) return [entry];
  const found: string[] = [];
  for (const item of await readdir(full, { withFileTypes: true, recursive: true })) {
    if (!item.isFile() || /\.test\.tsx?$/.test(item.name)) continue;
    found.push(path.relative(ROOT, path.join(item.parentPath, item.name)));
  }
  return found;
}

/** A hash of every input file's path and bytes: equal hashes mean the build would come out the same. */
export async function sourcesHash(): Promise<string> {
  const hash = createHash('sha256');
  const files = (await Promise.all(INPUTS.map(filesUnder))).flat().sort();
  for (const file of files) {
    hash.update(file + '\0');
    hash.update(await readFile(path.join(ROOT, file)));
  }
  return hash.digest('hex');
}

export async function isBuildFresh(): Promise<boolean> {
  if (!existsSync(path.join(WEB_DIST, 'index.html'))) return false;
  const stamp = await readFile(STAMP, 'utf8').catch(() => '');
  return stamp.trim() === (await sourcesHash());
}

/**
 * Runs `vite build` in a child process with NODE_ENV=production: Vite keeps an inherited NODE_ENV,
 * and inside Vitest (NODE_ENV=test) an in-process build would ship React's development build.
 */
export async function buildWeb(options: { quiet?: boolean } = {}): Promise<void> {
  const hash = await sourcesHash();
  const vite = path.join(ROOT, 'node_modules/vite/bin/vite.js');
  const args = [vite, 'build', '--config', path.join(ROOT, 'vite.config.ts'), '--logLevel', options.quiet ? 'warn' : 'info'];
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
  const code = await new Promise<number | null>((resolve, reject) => child.once('error', reject).once('exit', resolve));
  if (code !== 0) throw new Error(`vite build exited with ${code}`);
  await writeFile(STAMP, hash + '\n');
}

export async function ensureWebBuild(options: { quiet?: boolean } = {}): Promise<'fresh' | 'built'> {
  if (await isBuildFresh()) return 'fresh';
  await buildWeb(options);
  return 'built';
}

if (import.meta.main) {
  const args = new Set(process.argv.slice(2));
  const started = performance.now();
  try {
    if (args.has('--if-stale') && (await isBuildFresh())) process.exit(0);
    console.error('playmaker: building the web app (dist/web)…');
    await buildWeb({ quiet: args.has('--if-stale') });
    console.error(`playmaker: web app built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } catch (err) {
    console.error(`playmaker: building the web app failed: ${(err as Error).message}`);
    if (!args.has('--keep-going')) process.exit(1);
    console.error(existsSync(path.join(WEB_DIST, 'index.html')) ? 'playmaker: serving the previous build' : 'playmaker: the server will say the web app is missing');
  }
}
