/**
 * What generateAgentIds would write, told before anything is saved: the range, how many IDs in it are skipped
 * because they are in use (and where), and whether the Starting ID itself is taken.
 */
import { validateStartingId } from './agentIds';
import { isDigits, stripLeadingZeros, trimToNull } from './text';
import type { AgentIdAssignment, AgentIdPreview } from './types';

/** How many assignments a preview lists. */
export const AGENT_ID_SAMPLE_SIZE = 10;

export interface AgentIdPreviewContext {
  /** The Starting ID as the admin typed it (1 when null or undefined). */
  startingId?: number | string | null;
  /** Every agent ID held by a Salesforce user, org-wide. Blank and non-numeric entries are ignored. */
  salesforceIds: Iterable<string | null | undefined>;
  /** Every agent ID held by a VCC user. Blank and non-numeric entries are ignored. */
  vccIds: Iterable<string | null | undefined>;
}

/** The numbers of the all-digit IDs, each once. */
function numbers(ids: Iterable<string | null | undefined>): Set<number> {
  const result = new Set<number>();
  for (const id of ids) {
    const text = trimToNull(id);
    if (text !== null && isDigits(text)) {
      result.add(Number(stripLeadingZeros(text)));
    }
  }
  return result;
}

function countWithin(values: Set<number>, low: number, high: number): number {
  let count = 0;
  for (const value of values) {
    if (value >= low && value <= high) {
      count++;
    }
  }
  return count;
}

/**
 * The preview of generated IDs: `first` and `last` the lowest and highest ID given (null when none), `skipped`
 * how many whole numbers from first to last are in use (each once), `skippedInSalesforce` / `skippedInVcc` how
 * many of them each side holds (a number held by both counts in each), `startInUse` where the Starting ID is in
 * use, and the first 10 assignments.
 */
export function summarizeAgentIds(
  assignments: readonly AgentIdAssignment[],
  context: AgentIdPreviewContext
): AgentIdPreview {
  const salesforce = numbers(context.salesforceIds);
  const vcc = numbers(context.vccIds);
  let first: AgentIdAssignment | null = null;
  let last: AgentIdAssignment | null = null;
  for (const assignment of assignments) {
    const value = Number(assignment.agentId);
    if (first === null || value < Number(first.agentId)) {
      first = assignment;
    }
    if (last === null || value > Number(last.agentId)) {
      last = assignment;
    }
  }
  let skipped = 0;
  let skippedInSalesforce = 0;
  let skippedInVcc = 0;
  if (first !== null && last !== null) {
    const low = Number(first.agentId);
    const high = Number(last.agentId);
    skippedInSalesforce = countWithin(salesforce, low, high);
    skippedInVcc = countWithin(vcc, low, high);
    const both = new Set<number>(salesforce);
    vcc.forEach((value) => both.add(value));
    skipped = countWithin(both, low, high);
  }
  const start = validateStartingId(context.startingId);
  let startInUse: AgentIdPreview['startInUse'] = null;
  if (start.valid) {
    const inSalesforce = salesforce.has(start.value);
    const inVcc = vcc.has(start.value);
    startInUse = inSalesforce && inVcc ? 'both' : inSalesforce ? 'salesforce' : inVcc ? 'vcc' : null;
  }
  return {
    count: assignments.length,
    first: first === null ? null : first.agentId,
    last: last === null ? null : last.agentId,
    skipped,
    skippedInSalesforce,
    skippedInVcc,
    startInUse,
    sample: assignments.slice(0, AGENT_ID_SAMPLE_SIZE).map((a) => ({ userId: a.userId, agentId: a.agentId }))
  };
}
