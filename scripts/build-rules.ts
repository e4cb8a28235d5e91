/**
 * npm run build: writes src/core/labels.ts from the Custom Labels of the rules (and the tab's c/vccLabels/labels.js
 * from the others: scripts/build-tab-labels.ts), then compiles the rules of
 * src/core into the LWC module c/vccRules, one plain ES module.
 * Both outputs are committed; scripts/build-rules.test.ts fails when one is stale.
 */
import { build } from 'esbuild';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { compileTabLabels, TAB_LABELS_MODULE } from './build-tab-labels';

const root = path.resolve(__dirname, '..');
export const RULES_ENTRY = path.join(root, 'src/core/index.ts');
export const RULES_MODULE = path.join(root, 'force-app/main/default/lwc/vccRules/vccRules.js');

export const LABELS_MODULE = path.join(root, 'src/core/labels.ts');
/** The Custom Labels of the rules: their names start with this. */
export const RULE_LABEL_PREFIX = 'VCC_Rule_';
/** The Custom Labels of the operations' messages (controller, service, jobs): their names start with this. */
export const OPERATION_LABEL_PREFIX = 'VCC_Op_';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { readLabels } = require('./labels') as { readLabels: () => Record<string, string> };

/** A string literal as prettier writes it: single quotes, unless double quotes need fewer escapes. */
function literal(value: string): string {
  const singles = value.split("'").length - 1;
  const doubles = value.split('"').length - 1;
  const quote = singles > doubles ? '"' : "'";
  const escaped = value
    .replace(/\\/g, '\\\\')
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    .split(quote)
    .join('\\' + quote);
  return quote + escaped + quote;
}

/** One `name: 'value'` line of LABELS, broken after the colon when it would pass the 110-column width. */
function labelEntry(name: string, value: string, last: boolean): string {
  const line = `  ${name}: ${literal(value)}${last ? '' : ','}`;
  return line.length <= 110 ? line : `  ${name}:\n    ${literal(value)}${last ? '' : ','}`;
}

/** The text of src/core/labels.ts as CustomLabels.labels-meta.xml makes it now. */
export function compileLabels(): string {
  const labels = Object.entries(readLabels()).filter(
    ([name]) => name.startsWith(RULE_LABEL_PREFIX) || name.startsWith(OPERATION_LABEL_PREFIX)
  );
  return (
    '// GENERATED FILE: do not edit. It is written by `npm run build` from the Custom Labels named\n' +
    `// ${RULE_LABEL_PREFIX}* and ${OPERATION_LABEL_PREFIX}* of force-app/main/default/labels/CustomLabels.labels-meta.xml,\n` +
    '// which Apex reads as System.Label; change the labels and build again.\n\n' +
    '/** The text of every message of the rules and the operations, by Custom Label name; fill it with format(). */\n' +
    'export const LABELS = {\n' +
    labels.map(([name, value], index) => labelEntry(name, value, index === labels.length - 1)).join('\n') +
    '\n} as const;\n\nexport type LabelName = keyof typeof LABELS;\n'
  );
}

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

/** Writes a generated file when its text changed. */
async function writeIfChanged(file: string, text: string): Promise<void> {
  const current = await readFile(file, 'utf8').catch(() => '');
  if (current === text) {
    console.log(`${path.relative(root, file)} is up to date`);
    return;
  }
  await writeFile(file, text);
  console.log(`wrote ${path.relative(root, file)} (${text.length} bytes)`);
}

async function main(): Promise<void> {
  await writeIfChanged(LABELS_MODULE, compileLabels());
  await writeIfChanged(TAB_LABELS_MODULE, compileTabLabels());
  await writeIfChanged(RULES_MODULE, await compileRules());
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
