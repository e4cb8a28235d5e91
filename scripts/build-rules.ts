/**
 * npm run build: compiles the rules of src/core into the LWC module c/vccRules, one plain ES module.
 * The output is committed; src/core/build.test.ts fails when it is stale.
 */
import { build } from 'esbuild';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

const root = path.resolve(__dirname, '..');
export const RULES_ENTRY = path.join(root, 'src/core/index.ts');
export const RULES_MODULE = path.join(root, 'force-app/main/default/lwc/vccRules/vccRules.js');

const HEADER =
  '// GENERATED FILE: do not edit. It is compiled from src/core by `npm run build`;\n' +
  '// change src/core and build again. The Apex class VccRules mirrors these rules.\n';

/** The text of vccRules.js as src/core makes it now. */
export async function compileRules(): Promise<string> {
  const result = await build({
    entryPoints: [RULES_ENTRY],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    target: 'es2020',
    charset: 'utf8',
    legalComments: 'none',
    logLevel: 'silent',
    tsconfigRaw: { compilerOptions: { useDefineForClassFields: false } }
  });
  const text = result.outputFiles[0].text.replace(/^\/\/ src\/core\/.*\n/gm, '');
  return HEADER + text;
}

async function main(): Promise<void> {
  const text = await compileRules();
  const current = await readFile(RULES_MODULE, 'utf8').catch(() => '');
  if (current === text) {
    console.log(`${path.relative(root, RULES_MODULE)} is up to date`);
    return;
  }
  await writeFile(RULES_MODULE, text);
  console.log(`wrote ${path.relative(root, RULES_MODULE)} (${text.length} bytes)`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
