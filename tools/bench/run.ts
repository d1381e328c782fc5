/**
 * `npm run bench [-- PREFIX]`: finds every `*.bench.ts` under libs/, services/ and test/bench, and runs the benchmarks
 * whose names start with PREFIX (or all). Each figure is printed as one `NAME value unit` line.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Benchmark } from './benchmark';

const root = join(__dirname, '..', '..');

function findBenchFiles(dir: string, out: string[] = []): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return out;
  }
  for (const entry of entries) {
    if (entry === 'node_modules' || entry === 'dist') continue;
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) findBenchFiles(path, out);
    else if (entry.endsWith('.bench.ts')) out.push(path);
  }
  return out;
}

function formatValue(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return Math.abs(value) >= 100 ? value.toFixed(0) : value.toPrecision(4);
}

async function main(): Promise<void> {
  const prefix = process.argv[2] ?? '';
  const files = ['libs', 'services', join('test', 'bench')].flatMap((d) => findBenchFiles(join(root, d))).sort();
  const selected: Benchmark[] = [];
  for (const file of files) {
    const mod = (await import(file)) as { benchmarks?: Benchmark[] };
    for (const bench of mod.benchmarks ?? []) {
      if (bench.name.startsWith(prefix) || prefix.startsWith(bench.name + '.')) selected.push(bench);
    }
    if (!mod.benchmarks) console.error(`# ${relative(root, file)} exports no benchmarks`);
  }
  if (selected.length === 0) {
    console.error(`no benchmark matches "${prefix}"`);
    process.exitCode = 1;
    return;
  }
  for (const bench of selected) {
    await bench.run((figure, value, unit) => console.log(`${figure} ${formatValue(value)} ${unit}`));
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exitCode = 1;
});
