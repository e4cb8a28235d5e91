/**
 * The Custom Labels of force-app as { name: value }, read from labels/CustomLabels.labels-meta.xml. Used by the
 * jest setup and the local preview, so both show the real text.
 */
const { readFileSync } = require('node:fs');
const path = require('node:path');

const LABELS_FILE = path.resolve(__dirname, '../force-app/main/default/labels/CustomLabels.labels-meta.xml');

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescape(text) {
  return text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name) => ENTITIES[name]);
}

function readLabels(file = LABELS_FILE) {
  const labels = {};
  for (const [, block] of readFileSync(file, 'utf8').matchAll(/<labels>([\s\S]*?)<\/labels>/g)) {
    const name = /<fullName\s*>([\s\S]*?)<\/fullName\s*>/.exec(block);
    const value = /<value\s*>([\s\S]*?)<\/value\s*>/.exec(block);
    if (name && value) {
      labels[name[1].trim()] = unescape(value[1]);
    }
  }
  return labels;
}

module.exports = { readLabels, LABELS_FILE };
