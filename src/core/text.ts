/** Small text helpers shared by the rules. A blank value is null, undefined, empty or whitespace. */

const PLACEHOLDER = /\{(\d{1,2})\}/g;

/**
 * A message from its template (a Custom Label of ./labels): each {0}, {1}... replaced by that argument as text,
 * literally, in one pass (an argument's own braces are never filled). A placeholder with no argument, or a null
 * one, stays as written. Apostrophes are plain text. VccText.format does exactly the same in Apex.
 */
export function format(template: string, ...args: unknown[]): string {
  return template.replace(PLACEHOLDER, (placeholder: string, index: string) => {
    const value = args[Number(index)];
    return value === undefined || value === null ? placeholder : String(value);
  });
}

export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || String(value).trim() === '';
}

/** The trimmed text of a value, or null when it is blank. */
export function trimToNull(value: unknown): string | null {
  if (value === null || value === undefined) {
    return null;
  }
  const raw = String(value);
  // Most values have nothing to trim: skip the copy.
  if (raw.length > 0 && raw.charCodeAt(0) > 32 && raw.charCodeAt(raw.length - 1) > 32) {
    return raw;
  }
  const text = raw.trim();
  return text === '' ? null : text;
}

/** Lower-cased trimmed text, for case-insensitive comparison of usernames; null when blank. */
export function usernameKey(value: unknown): string | null {
  const text = trimToNull(value);
  return text === null ? null : text.toLowerCase();
}

/** True when the text is one or more ASCII digits. */
export function isDigits(text: string): boolean {
  if (text.length === 0) {
    return false;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) {
      return false;
    }
  }
  return true;
}

/**
 * How two agent IDs compare: all-digit IDs by number ("007" and "7" are the same ID, key "7"), any other ID
 * as case-insensitive text (key "#" + upper case, which no number's key starts with). Null when blank.
 */
export function agentIdKey(value: unknown): string | null {
  const text = trimToNull(value);
  if (text === null) {
    return null;
  }
  if (isDigits(text)) {
    return stripLeadingZeros(text);
  }
  return '#' + text.toUpperCase();
}

/** "007" -> "7", "000" -> "0". */
export function stripLeadingZeros(digits: string): string {
  let start = 0;
  while (start < digits.length - 1 && digits.charCodeAt(start) === 48) {
    start++;
  }
  return start === 0 ? digits : digits.slice(start);
}
