/**
 * Writes the fieldPermissions of VCC_API_User and VCC_User_Creation_Admin from the package's fields: every
 * permissionable custom field, readable, and editable unless it is computed. Run it after adding a field:
 *   npx tsx scripts/apex/field-permissions.ts
 * (The gate 'permission sets give every field of the package' in npm run lint:apex fails until it is run.)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { FULL_FIELD_SETS, packageFields } from './metadata';

const root = path.resolve(__dirname, '../..');

/** The permission set with one fieldPermissions block per field, sorted, where the old blocks were. */
export function withFieldPermissions(xml: string, fields: Map<string, boolean>): string {
  const blocks = [...xml.matchAll(/ {2}<fieldPermissions>[\s\S]*?<\/fieldPermissions>\n/g)];
  const entries = [...fields.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(
      ([field, editable]) =>
        `  <fieldPermissions>\n    <editable>${editable}</editable>\n    <field>${field}</field>\n    <readable>true</readable>\n  </fieldPermissions>\n`
    )
    .join('');
  if (blocks.length === 0) {
    return xml.replace(/( {2}<hasActivationRequired>)/, `${entries}$1`);
  }
  const start = blocks[0].index;
  const last = blocks[blocks.length - 1];
  return xml.slice(0, start) + entries + xml.slice(last.index + last[0].length);
}

if (require.main === module) {
  const fields = packageFields(root);
  for (const name of FULL_FIELD_SETS) {
    const file = path.join(root, `force-app/main/default/permissionsets/${name}.permissionset-meta.xml`);
    writeFileSync(file, withFieldPermissions(readFileSync(file, 'utf8'), fields));
    console.log(`${name}: ${fields.size} field permissions`);
  }
}
