import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const repositoryRoot = join(__dirname, '..', '..', '..', '..');

describe('registry.generated.ts', () => {
  // Prettier 3 cannot run inside Jest's module sandbox, so the generator runs in its own process and prints to stdout.
  it('is exactly what the generator produces from libs/kmip/spec/*.json', () => {
    const generated = execFileSync(
      process.execPath,
      ['-r', 'ts-node/register/transpile-only', 'libs/kmip/scripts/generate-registry.ts', '--stdout'],
      { cwd: repositoryRoot, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    const committed = readFileSync(join(__dirname, 'registry.generated.ts'), 'utf8');
    expect(generated.length).toBe(committed.length);
    expect(generated === committed).toBe(true);
  }, 60_000);

  it('says it is generated, from which files, and how to regenerate it', () => {
    const head = readFileSync(join(__dirname, 'registry.generated.ts'), 'utf8').split('\n').slice(0, 3).join('\n');
    expect(head).toContain('GENERATED FILE - do not edit');
    expect(head).toContain('libs/kmip/spec/tags.json');
    expect(head).toContain('libs/kmip/spec/enumerations.json');
    expect(head).toContain('libs/kmip/spec/masks.json');
    expect(head).toContain('npm run generate:kmip');
  });
});
