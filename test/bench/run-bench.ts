// `npm run bench`: runs every test/bench/*.bench.ts (each default-exports an async function returning
// its figures) and prints one JSON object keyed by bench name. `npm run bench -- coding` runs one.
import { readdirSync } from 'node:fs';
import path from 'node:path';

const only = process.argv.slice(2);
const dir = import.meta.dirname;
const results: Record<string, unknown> = {
  machine: { cores: (await import('node:os')).cpus().length, node: process.version },
};
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .sort()) {
  const name = file.replace(/\.bench\.ts$/, '');
  if (only.length && !only.includes(name)) continue;
  const mod = (await import(path.join(dir, file))) as { default: () => Promise<Record<string, unknown>> };
  console.error(`[bench] ${name}...`);
  try {
    results[name] = await mod.default();
  } catch (err) {
    results[name] = { error: err instanceof Error ? err.message : String(err) };
  }
}
console.log(JSON.stringify(results, null, 2));
process.exit(0);
