import { AGENT_ID_MAX_DIGITS, type AgentIdErrorCode } from './codes';
import { LABELS } from './labels';
import { format, isDigits, stripLeadingZeros, trimToNull } from './text';
import type { AgentIdAssignment, AgentIdUser } from './types';

/** Thrown by generateAgentIds; `code` tells why. Nothing is assigned when it is thrown. */
export class AgentIdError extends Error {
  readonly code: AgentIdErrorCode;

  constructor(code: AgentIdErrorCode, message: string) {
    super(message);
    this.name = 'AgentIdError';
    this.code = code;
  }
}

export interface GenerateAgentIdsOptions {
  /** A whole number from 1, as a number or as digits; 1 when undefined or null. */
  startingId?: number | string | null;
  /** Every agent ID in use: on any Salesforce user and on any VCC user. Blank entries are ignored. */
  idsInUse?: Iterable<string | null | undefined>;
  /** Longest ID in digits (the field's length). */
  maxDigits?: number;
}

export type StartingIdCheck =
  { valid: true; value: number; message: null } | { valid: false; value: null; message: string };

/** The largest ID of `maxDigits` digits. */
export function maxAgentId(maxDigits: number = AGENT_ID_MAX_DIGITS): number {
  checkMaxDigits(maxDigits);
  return 10 ** maxDigits - 1;
}

/**
 * Checks a Starting ID as the admin types it: a whole number from 1 up to the largest ID of `maxDigits`
 * digits. Numbers and digit strings are accepted; surrounding spaces are ignored.
 */
export function validateStartingId(value: unknown, maxDigits: number = AGENT_ID_MAX_DIGITS): StartingIdCheck {
  const max = maxAgentId(maxDigits);
  const range = format(LABELS.VCC_Rule_Start_Range, max);
  if (value === undefined || value === null) {
    return { valid: true, value: 1, message: null };
  }
  let text: string;
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) {
      return invalid(format(LABELS.VCC_Rule_Start_Not_Whole, value, range));
    }
    text = String(value);
  } else if (typeof value === 'string') {
    text = value.trim();
  } else {
    return invalid(format(LABELS.VCC_Rule_Start_Must_Be, range));
  }
  if (text === '') {
    return invalid(format(LABELS.VCC_Rule_Start_Required, range));
  }
  if (!isDigits(text)) {
    return invalid(format(LABELS.VCC_Rule_Start_Not_Whole, text, range));
  }
  const digits = stripLeadingZeros(text);
  const number = digits.length > maxDigits ? Number.POSITIVE_INFINITY : Number(digits);
  if (number < 1 || number > max) {
    return invalid(format(LABELS.VCC_Rule_Start_Out_Of_Range, digits, range));
  }
  return { valid: true, value: number, message: null };
}

/**
 * Gives every user with a blank agent ID the smallest free number from `startingId` upwards, in view order.
 *
 * In use are all `idsInUse` and the users' own IDs. All-digit IDs compare by number ("007" blocks 7); IDs
 * with other characters never block a number and are never reissued. Existing IDs are never overwritten.
 * Cost is linear in users plus IDs in use.
 *
 * @returns one `{ userId, agentId }` per user that gets an ID, in view order
 * @throws AgentIdError STARTING_ID_INVALID, or AGENT_ID_RANGE_EXHAUSTED when the IDs up to the largest of
 *   `maxDigits` digits run out (then nothing is assigned)
 */
export function generateAgentIds(
  users: readonly AgentIdUser[],
  options: GenerateAgentIdsOptions = {}
): AgentIdAssignment[] {
  const maxDigits = options.maxDigits ?? AGENT_ID_MAX_DIGITS;
  const max = maxAgentId(maxDigits);
  const start = validateStartingId(options.startingId, maxDigits);
  if (!start.valid) {
    throw new AgentIdError('STARTING_ID_INVALID', start.message);
  }
  const first = start.value;
  const { needing, taken } = splitUsers(users, first, maxDigits);
  if (needing.length === 0) {
    return [];
  }
  for (const id of options.idsInUse ?? []) {
    const n = idNumber(id, maxDigits);
    if (n >= first) {
      taken.push(n);
    }
  }

  // The walk never goes further than one step per user plus one per number in use, so a bitmap of that
  // window (capped at the end of the range) holds every number it can meet.
  const size = Math.min(needing.length + taken.length, max - first + 1);
  const used = new Uint8Array(size);
  for (const n of taken) {
    if (n - first < size) {
      used[n - first] = 1;
    }
  }

  const assignments: AgentIdAssignment[] = [];
  let offset = 0;
  for (const userId of needing) {
    while (offset < size && used[offset] === 1) {
      offset++;
    }
    if (offset >= size || first + offset > max) {
      throw exhausted(needing.length, first, max, used);
    }
    assignments.push({ userId, agentId: String(first + offset) });
    offset++;
  }
  return assignments;
}

/** The users needing an ID, in view order and each once, and the numbers from `first` their own IDs take. */
function splitUsers(
  users: readonly AgentIdUser[],
  first: number,
  maxDigits: number
): { needing: string[]; taken: number[] } {
  const seen = new Set<string>();
  const needing: string[] = [];
  const taken: number[] = [];
  for (const user of users) {
    if (seen.has(user.id)) {
      continue;
    }
    seen.add(user.id);
    if (trimToNull(user.agentId) === null) {
      needing.push(user.id);
    } else {
      const n = idNumber(user.agentId, maxDigits);
      if (n >= first) {
        taken.push(n);
      }
    }
  }
  return { needing, taken };
}

/** The number of an all-digit ID within the range, or -1 for a blank, non-digit or too long ID. */
function idNumber(id: unknown, maxDigits: number): number {
  const text = trimToNull(id);
  if (text === null || !isDigits(text)) {
    return -1;
  }
  const digits = stripLeadingZeros(text);
  return digits.length > maxDigits ? -1 : Number(digits);
}

function exhausted(needed: number, first: number, max: number, used: Uint8Array): AgentIdError {
  let free = 0;
  for (let i = 0; i < used.length; i++) {
    free += used[i] === 1 ? 0 : 1;
  }
  const users =
    needed === 1
      ? LABELS.VCC_Rule_Agent_Ids_Needed_One
      : format(LABELS.VCC_Rule_Agent_Ids_Needed_Many, needed);
  return new AgentIdError(
    'AGENT_ID_RANGE_EXHAUSTED',
    format(LABELS.VCC_Rule_Agent_Ids_Exhausted, users, free, first, max)
  );
}

function checkMaxDigits(maxDigits: number): void {
  if (!Number.isInteger(maxDigits) || maxDigits < 1 || maxDigits > 15) {
    throw new RangeError(format(LABELS.VCC_Rule_Agent_Ids_Max_Digits, String(maxDigits)));
  }
}

function invalid(message: string): StartingIdCheck {
  return { valid: false, value: null, message };
}
