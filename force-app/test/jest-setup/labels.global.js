// jest globalSetup: one module per Custom Label under .jest-labels/, so that components under test show the
// labels' real text (moduleNameMapper maps @salesforce/label/c.NAME there). Each file is written whole and renamed
// into place, and only labels that are gone are removed, so runs that start at the same time never see a label
// missing.
const { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } = require('node:fs');
const path = require('node:path');
const { readLabels } = require('../../../scripts/labels');

module.exports = async function writeLabelModules() {
  const dir = path.resolve(__dirname, '../../../.jest-labels');
  mkdirSync(dir, { recursive: true });
  const labels = readLabels();
  for (const [name, value] of Object.entries(labels)) {
    const file = path.join(dir, `${name}.js`);
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, `export default ${JSON.stringify(value)};\n`);
    renameSync(temp, file);
  }
  for (const file of readdirSync(dir)) {
    if (file.endsWith('.js') && !Object.hasOwn(labels, file.slice(0, -3))) {
      rmSync(path.join(dir, file), { force: true });
    }
  }
};
