/**
 * Every string of the VCC User Creation tab, from Custom Labels (./labels.js, generated from the XML by
 * `npm run build`), and format() to fill their {0} placeholders.
 */
export { LABELS } from './labels';

/** Replaces {0}, {1}... in a label with the values given. */
export function format(label, ...values) {
  return String(label).replace(/\{(\d+)\}/g, (match, index) => {
    const value = values[Number(index)];
    return value === undefined ? match : String(value);
  });
}

/** "1 group" or "3 groups": the label for one, or the label for many filled with the count. */
export function plural(count, one, many) {
  return count === 1 ? one : format(many, count);
}
