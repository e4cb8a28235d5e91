import { readFileSync } from 'node:fs';
import path from 'node:path';
import { demoFiles } from './demo-data';

describe('npm run demo-data', () => {
  it.each(demoFiles().map(({ file, text }) => [path.basename(file), file, text]))(
    'has been run: %s is current',
    (_, file, text) => {
      if (readFileSync(file, 'utf8') !== text) {
        throw new Error(`${file} is stale: run \`npm run demo-data\` and commit it`);
      }
    }
  );
});
