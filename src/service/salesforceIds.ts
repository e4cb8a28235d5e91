/** Salesforce-shaped record IDs for the demo org: a key prefix, a number, and the 18-character checksum. */
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const SUFFIX = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';

/** The 18-character form of a 15-character ID. */
export function to18(id15: string): string {
  let suffix = '';
  for (let block = 0; block < 3; block++) {
    let bits = 0;
    for (let i = 0; i < 5; i++) {
      const c = id15.charCodeAt(block * 5 + i);
      if (c >= 65 && c <= 90) {
        bits |= 1 << i;
      }
    }
    suffix += SUFFIX[bits];
  }
  return id15 + suffix;
}

/** e.g. recordId('005', 42) -> '005Dn000000000kAAA'-like: prefix, pod-ish filler, base-62 counter. */
export function recordId(prefix: string, n: number): string {
  let digits = '';
  let rest = n;
  do {
    digits = BASE62[rest % 62] + digits;
    rest = Math.floor(rest / 62);
  } while (rest > 0);
  return to18(prefix + 'Dn' + digits.padStart(10, '0'));
}
