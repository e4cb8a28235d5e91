import { readFile } from 'node:fs/promises';
import { compileRules, RULES_MODULE } from './build-rules';

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

  it('is a plain ES module with no imports of its own', async () => {
    const committed = await readFile(RULES_MODULE, 'utf8');
    expect(committed).not.toMatch(/^\s*import\s/m);
    expect(committed).not.toMatch(/\brequire\(|import\.meta|process\./);
    expect(committed).toMatch(/^export \{/m);
  });
});
