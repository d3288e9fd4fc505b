// Cold start: time from spawning `playmaker serve` to the first 200 from /api/health, on an empty
// embedded data directory and on an existing one (no demo data). Baseline in the same run: a bare
// Node HTTP server answering 200, spawned the same way. Target: under 2 s.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { summarize } from './support/stats.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const BASELINE = `require('node:http').createServer((q, s) => s.end('ok')).listen(0, '127.0.0.1', function () { console.error('Listening on http://127.0.0.1:' + this.address().port); });`;

async function timeToFirst200(args: string[], env: NodeJS.ProcessEnv, pathname: string): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, args, { env: { ...process.env, LOG_LEVEL: 'silent', DATABASE_URL: '', ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  try {
    let stderr = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stderr!.on('data', (d) => {
        stderr += d;
        const m = /Listening on (http:\/\/\S+)/.exec(stderr);
        if (m) resolve(m[1]!);
      });
      child.on('exit', (code) => reject(new Error(`exited ${code}: ${stderr}`)));
    });
    for (;;) {
      const res = await fetch(url + pathname).catch(() => undefined);
      if (res?.status === 200) return performance.now() - started;
      await new Promise((r) => setTimeout(r, 5));
    }
  } finally {
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  }
}

const baseline: number[] = [];
const empty: number[] = [];
const existing: number[] = [];
for (let i = 0; i < RUNS; i++) {
  baseline.push(await timeToFirst200(['-e', BASELINE], {}, '/'));
  const dir = mkdtempSync(path.join(tmpdir(), 'pm-bench-start-'));
  const env = { PLAYMAKER_DATA_DIR: dir, HOST: '127.0.0.1' };
  empty.push(await timeToFirst200(['bin/playmaker.js', 'serve', '--port', '0'], env, '/api/health'));
  existing.push(await timeToFirst200(['bin/playmaker.js', 'serve', '--port', '0'], env, '/api/health'));
  rmSync(dir, { recursive: true, force: true });
}
const b = summarize(baseline).p50;
for (const [label, samples] of [['empty data directory', empty], ['existing data directory', existing]] as const) {
  const s = summarize(samples);
  console.log(`cold start, ${label}: median ${(s.p50 / 1000).toFixed(2)} s, worst ${(Math.max(...samples) / 1000).toFixed(2)} s over ${RUNS} runs; ${(s.p50 / b).toFixed(1)}x a bare Node HTTP server (${b.toFixed(0)} ms); target < 2 s`);
}
