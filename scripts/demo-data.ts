/**
 * npm run demo-data: writes the shipped demo data, data/vcc-demo.json (the VCC simulator's users, skills and
 * groups) and data/org-demo.json (the demo org), from the generators in src/demo. Deterministic: the same script
 * always writes the same files, and a test checks they are current.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { orgDemoData } from '../src/demo/orgDemo';
import { vccDemoData } from '../src/demo/vccDemo';

export { orgDemoData } from '../src/demo/orgDemo';
export { GROUPS, SKILLS, vccDemoData } from '../src/demo/vccDemo';

const DATA_DIR = path.resolve(__dirname, '../data');
export const VCC_DEMO_FILE = path.join(DATA_DIR, 'vcc-demo.json');
export const ORG_DEMO_FILE = path.join(DATA_DIR, 'org-demo.json');

export function demoFiles(): { file: string; text: string }[] {
  return [
    { file: VCC_DEMO_FILE, text: JSON.stringify(vccDemoData(), null, 2) + '\n' },
    { file: ORG_DEMO_FILE, text: JSON.stringify(orgDemoData(), null, 2) + '\n' }
  ];
}

if (require.main === module) {
  for (const { file, text } of demoFiles()) {
    writeFileSync(file, text);
    console.log(`wrote ${path.relative(process.cwd(), file)} (${text.length} bytes)`);
  }
}
