import { readFile } from 'node:fs/promises';
import { compileLabels, compileRules, LABELS_MODULE, RULES_MODULE } from './build-rules';
import { compileTabLabels, TAB_LABELS_MODULE } from './build-tab-labels';

describe('npm run build', () => {
  it('has been run: c/vccRules is what src/core compiles to now', async () => {
    const [fresh, committed] = await Promise.all([compileRules(), readFile(RULES_MODULE, 'utf8')]);
    if (fresh !== committed) {
      throw new Error(
        'force-app/main/default/lwc/vccRules/vccRules.js is stale: run `npm run build` and commit it'
      );
    }
    expect(committed.startsWith('// GENERATED FILE')).toBe(true);
  });

  it('has been run: src/core/labels.ts holds the Custom Labels of the rules as they are now', async () => {
    const committed = await readFile(LABELS_MODULE, 'utf8');
    if (compileLabels() !== committed) {
      throw new Error('src/core/labels.ts is stale: run `npm run build` and commit it');
    }
    expect(committed).toMatch(/^\s+VCC_Rule_\w+:/m);
  });

  it('has been run: c/vccLabels/labels.js imports every Custom Label of the tab as they are now', async () => {
    const committed = await readFile(TAB_LABELS_MODULE, 'utf8');
    if (compileTabLabels() !== committed) {
      throw new Error(
        'force-app/main/default/lwc/vccLabels/labels.js is stale: run `npm run build` and commit it'
      );
    }
    expect(committed).toMatch(/^import VCC_Card_Title from '@salesforce\/label\/c\.VCC_Card_Title';$/m);
    expect(committed).not.toMatch(/VCC_Rule_|VCC_Op_/);
  });

  it('is a plain ES module with no imports of its own', async () => {
    const committed = await readFile(RULES_MODULE, 'utf8');
    expect(committed).not.toMatch(/^\s*import\s/m);
    expect(committed).not.toMatch(/\brequire\(|import\.meta|process\./);
    expect(committed).toMatch(/^export \{/m);
  });
});
