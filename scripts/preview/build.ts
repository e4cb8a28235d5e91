/**
 * Builds the real LWC bundles of force-app into one ES module for the local preview, with LWC OSS:
 * lightning/* from lightning-base-components, lightning/toast and lightning/confirm from small shims,
 * @salesforce/label/c.* from the Custom Labels, and @salesforce/apex/VccUserCreationController.* as calls to the
 * local HTTP bridge.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import lwc from '@lwc/rollup-plugin';
import replace from '@rollup/plugin-replace';
import { rollup, type Plugin } from 'rollup';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { readLabels, LABELS_FILE } = require('../labels') as {
  readLabels: () => Record<string, string>;
  LABELS_FILE: string;
};

const root = path.resolve(__dirname, '../..');
const LWC_DIR = path.join(root, 'force-app/main/default/lwc');
const APEX_PREFIX = '@salesforce/apex/VccUserCreationController.';
const LABEL_PREFIX = '@salesforce/label/c.';
/**
 * Gates of lightning-base-components that must stay closed under synthetic shadow (as in Lightning Experience):
 * element internals (attachInternals) are a native-shadow feature.
 */
const CLOSED_GATES = ['@salesforce/gate/bc.260.enableComboboxElementInternals'];

/** The virtual @salesforce modules the tab imports. */
function salesforceModules(): Plugin {
  const labels = readLabels();
  return {
    name: 'salesforce-modules',
    resolveId(source) {
      if (
        source.startsWith(APEX_PREFIX) ||
        source.startsWith(LABEL_PREFIX) ||
        CLOSED_GATES.includes(source)
      ) {
        return `\0${source}`;
      }
      if (source === 'vcc-apex-bridge') {
        return path.join(__dirname, 'apexBridge.js');
      }
      return null;
    },
    load(id) {
      if (CLOSED_GATES.includes(id.slice(1))) {
        return 'export default { isOpen: () => false };\n';
      }
      if (id.startsWith(`\0${APEX_PREFIX}`)) {
        const method = id.slice(APEX_PREFIX.length + 1);
        return `import { callApex } from 'vcc-apex-bridge';\nexport default (params) => callApex(${JSON.stringify(method)}, params);\n`;
      }
      if (id.startsWith(`\0${LABEL_PREFIX}`)) {
        const name = id.slice(LABEL_PREFIX.length + 1);
        if (!(name in labels)) {
          this.error(`No Custom Label ${name} in ${LABELS_FILE}`);
        }
        return `export default ${JSON.stringify(labels[name])};\n`;
      }
      return null;
    }
  };
}

/** Every file the bundle is made from, for deciding whether to build again. */
export function previewSources(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const full = path.join(dir, name);
      return statSync(full).isDirectory() ? (name === '__tests__' ? [] : walk(full)) : [full];
    });
  // of this folder, only the entry, the bridge's client and the shims go into the bundle (no test, no server file)
  return [...walk(LWC_DIR), ...walk(__dirname).filter((file) => file.endsWith('.js')), LABELS_FILE];
}

export async function buildPreview(outFile: string): Promise<{ ms: number; bytes: number }> {
  const started = Date.now();
  const components = readdirSync(LWC_DIR).filter((name) =>
    existsSync(path.join(LWC_DIR, name, `${name}.js`))
  );
  const bundle = await rollup({
    input: path.join(__dirname, 'main.js'),
    plugins: [
      salesforceModules(),
      replace({
        preventAssignment: true,
        values: { 'import.meta.env.SSR': 'false', 'process.env.NODE_ENV': JSON.stringify('production') }
      }),
      lwc({
        rootDir: root,
        enableDynamicComponents: true,
        modules: [
          ...components.map((name) => ({ name: `c/${name}`, path: path.join(LWC_DIR, name, `${name}.js`) })),
          { name: 'lightning/toast', path: path.join(__dirname, 'shims/toast.js') },
          { name: 'lightning/confirm', path: path.join(__dirname, 'shims/confirm.js') },
          { npm: 'lightning-base-components' }
        ]
      })
    ],
    onwarn(warning, warn) {
      // lightning-base-components' own templates and circular imports are not ours to fix.
      if (
        warning.code === 'CIRCULAR_DEPENDENCY' ||
        String(warning.id ?? warning.loc?.file ?? '').includes('lightning-base-components')
      ) {
        return;
      }
      warn(warning);
    }
  });
  const { output } = await bundle.write({
    file: outFile,
    format: 'esm',
    sourcemap: false,
    inlineDynamicImports: true
  });
  await bundle.close();
  return { ms: Date.now() - started, bytes: output[0].type === 'chunk' ? output[0].code.length : 0 };
}

if (require.main === module) {
  const outFile = process.argv[2];
  if (!outFile) {
    console.error('usage: tsx scripts/preview/build.ts OUT_FILE');
    process.exit(2);
  }
  buildPreview(outFile).then(
    (result) => console.log(JSON.stringify(result)),
    (error: unknown) => {
      console.error((error as Error).message);
      process.exit(1);
    }
  );
}
