// jest globalSetup: one module per Custom Label under .jest-labels/, so that components under test show the
// labels' real text (moduleNameMapper maps @salesforce/label/c.NAME there).
const { mkdirSync, rmSync, writeFileSync } = require('node:fs');
const path = require('node:path');
const { readLabels } = require('../../../scripts/labels');

module.exports = async function writeLabelModules() {
  const dir = path.resolve(__dirname, '../../../.jest-labels');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const [name, value] of Object.entries(readLabels())) {
    writeFileSync(path.join(dir, `${name}.js`), `export default ${JSON.stringify(value)};\n`);
  }
};
