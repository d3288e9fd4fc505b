// Lint 1,000 generated playbook files (copies of the starter library under new ids, sharing its
// templates) in one library, as `playmaker lint` and an import would. Target: under 2 s.
import { lintLibrary } from '../src/core/playbook/index.ts';
import type { LibraryFile } from '../src/core/playbook/index.ts';
import { readLibraryDir } from '../src/server/modules/playbooks/library-dir.ts';
import { STARTER_LIBRARY_DIR } from '../src/server/modules/playbooks/starter-library.ts';

const FILES = Number(process.env.BENCH_LINT_FILES ?? 1_000);

const { files: starter } = await readLibraryDir(STARTER_LIBRARY_DIR);
const playbooks = starter.filter((file) => file.path.endsWith('.yaml'));
const templates = starter.filter((file) => file.path.endsWith('.liquid'));
const ids = playbooks.map((file) => /^id: (\S+)$/m.exec(file.content)![1]!);

// Copy n of every playbook gets the suffix -n on its own id and on every id it refers to, so
// the generated library is as consistent (and as much work to check) as the real one.
const generated: LibraryFile[] = [];
for (let i = 0; generated.length < FILES; i++) {
  const file = playbooks[i % playbooks.length]!;
  const copy = Math.floor(i / playbooks.length);
  const rename = (list: string) => list.replace(/[a-z0-9-]+/g, (id) => (ids.includes(id) ? `${id}-${copy}` : id));
  const content = file.content
    .replace(/^id: (\S+)$/m, (_line, id: string) => `id: ${id}-${copy}`)
    .replace(/^(\s*(?:related|uses): )(\[.*\])$/gm, (_line, key: string, list: string) => key + rename(list));
  generated.push({ path: file.path.replace('.yaml', `-${copy}.yaml`), content });
}
const library = [...generated, ...templates];

const started = performance.now();
const problems = lintLibrary(library);
const first = performance.now() - started;
const again = performance.now();
lintLibrary(library);
const second = performance.now() - again;

const errors = problems.filter((problem) => problem.severity === 'error');
console.log(`lint: ${FILES} playbook files + ${templates.length} templates, ${errors.length} errors, ${problems.length - errors.length} warnings`);
console.log(`lint: first run ${(first / 1000).toFixed(2)} s (${(first / FILES).toFixed(2)} ms per file), second run ${(second / 1000).toFixed(2)} s`);
console.log(`lint: target < 2 s: ${first < 2000 ? 'met' : 'MISSED'}`);
if (errors.length > 0) console.log(`lint: first error ${errors[0]!.file}:${errors[0]!.line}:${errors[0]!.col} ${errors[0]!.message}`);
