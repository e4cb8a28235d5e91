/**
 * The tab's Custom Labels module, force-app/main/default/lwc/vccLabels/labels.js, written by `npm run build` from
 * CustomLabels.labels-meta.xml: one import per label the tab shows, so a label is added in one place (the XML).
 * The tab's labels are every label except those of the rules and the operations (src/core/labels.ts and Apex
 * read those) and those a bundle imports itself in its own labels.js (vccReadiness, vccApiUserCheck).
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '..');
const LWC = path.join(root, 'force-app/main/default/lwc');
export const TAB_LABELS_MODULE = path.join(LWC, 'vccLabels/labels.js');
/** Prefixes of the labels that are not the tab's: the rules' and the operations' messages. */
const NOT_THE_TAB = ['VCC_Rule_', 'VCC_Op_'];

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { readLabels } = require('./labels') as { readLabels: () => Record<string, string> };

/** The labels a bundle other than vccLabels imports in its own labels.js. */
function labelsOfOtherBundles(): Set<string> {
  const names = new Set<string>();
  for (const bundle of readdirSync(LWC)) {
    const file = path.join(LWC, bundle, 'labels.js');
    if (bundle === 'vccLabels' || !existsSync(file)) {
      continue;
    }
    for (const match of readFileSync(file, 'utf8').matchAll(/'@salesforce\/label\/c\.(\w+)'/g)) {
      names.add(match[1]);
    }
  }
  return names;
}

/** The names of the tab's labels, in the order of the XML. */
export function tabLabelNames(): string[] {
  const others = labelsOfOtherBundles();
  return Object.keys(readLabels()).filter(
    (name) => !NOT_THE_TAB.some((prefix) => name.startsWith(prefix)) && !others.has(name)
  );
}

/** The text of vccLabels/labels.js as the XML makes it now. */
export function compileTabLabels(): string {
  const names = tabLabelNames();
  return (
    '// GENERATED FILE: do not edit. It is written by `npm run build` from\n' +
    '// force-app/main/default/labels/CustomLabels.labels-meta.xml; add or change a label there and build again.\n' +
    names.map((name) => `import ${name} from '@salesforce/label/c.${name}';`).join('\n') +
    '\n\n/** Every Custom Label the tab shows, by name. */\nexport const LABELS = {\n' +
    names.map((name, index) => `  ${name}${index === names.length - 1 ? '' : ','}`).join('\n') +
    '\n};\n'
  );
}
