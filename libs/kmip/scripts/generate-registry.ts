/**
 * Generates libs/kmip/src/registry/registry.generated.ts from the spec transcription in libs/kmip/spec/*.json.
 *   npm run generate:kmip            write the file
 *   ... generate-registry.ts --stdout  print it instead
 *   ... generate-registry.ts --check   exit 1 when the committed file differs
 * The output is Prettier-formatted with the repository's configuration, so it is byte-for-byte deterministic.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { emitRegistrySource, generatedFilePath } from './generate-registry-emit';
import { loadSpecModel } from './generate-registry-model';

const repositoryRoot = join(__dirname, '..', '..', '..');

export async function generateRegistrySource(): Promise<string> {
  const target = join(repositoryRoot, generatedFilePath);
  const config = (await resolveConfig(target)) ?? {};
  return format(emitRegistrySource(loadSpecModel()), { ...config, filepath: target, parser: 'typescript' });
}

async function main(argv: readonly string[]): Promise<number> {
  const source = await generateRegistrySource();
  const target = join(repositoryRoot, generatedFilePath);
  if (argv.includes('--stdout')) {
    process.stdout.write(source);
    return 0;
  }
  if (argv.includes('--check')) {
    const current = readFileSync(target, 'utf8');
    if (current === source) return 0;
    process.stderr.write(`${generatedFilePath} is stale: run npm run generate:kmip\n`);
    return 1;
  }
  writeFileSync(target, source);
  process.stdout.write(`wrote ${generatedFilePath}\n`);
  return 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
