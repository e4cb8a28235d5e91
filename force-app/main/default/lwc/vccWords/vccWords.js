/**
 * The words of the tab for the contract's values: each result status with its label, badge and count, each issue
 * and result code with its label, and plainMessage() so that no raw code reaches the screen.
 */
import { LABELS, format } from 'c/vccLabels';

/** The result statuses in the order of the job's counts, with their label, badge and count. */
export const STATUSES = [
  { status: 'Created', count: 'created', badge: 'slds-badge slds-theme_success' },
  { status: 'Updated', count: 'updated', badge: 'slds-badge slds-theme_success' },
  { status: 'AlreadyLinked', count: 'alreadyLinked', badge: 'slds-badge slds-badge_lightest' },
  { status: 'PartiallyCreated', count: 'partiallyCreated', badge: 'slds-badge slds-theme_warning' },
  { status: 'Skipped', count: 'skipped', badge: 'slds-badge slds-theme_warning' },
  { status: 'Failed', count: 'failed', badge: 'slds-badge slds-theme_error' },
  { status: 'Cancelled', count: 'cancelled', badge: 'slds-badge slds-badge_lightest' }
].map((entry) => ({
  ...entry,
  label: LABELS[`VCC_Status_${entry.status}`],
  countLabel: LABELS[`VCC_Count_${entry.status}`]
}));

const BY_STATUS = new Map(STATUSES.map((entry) => [entry.status, entry]));

export function statusLabel(status) {
  const entry = BY_STATUS.get(status);
  return entry ? entry.label : status;
}

export function statusBadge(status) {
  const entry = BY_STATUS.get(status);
  return entry ? entry.badge : 'slds-badge';
}

/**
 * The counts of a job in the rows' words, such as "3 created, 2 failed": every status with users, and "0 created"
 * when there is none yet. The counts come from the job, or from its results when the job has none.
 */
export function countsText(job) {
  const results = (job && job.results) || [];
  const parts = STATUSES.map((entry) => {
    const counted = job && typeof job[entry.count] === 'number' ? job[entry.count] : null;
    const count =
      counted !== null ? counted : results.filter((result) => result.status === entry.status).length;
    return { entry, count };
  })
    .filter(({ count }) => count > 0)
    .map(({ entry, count }) => format(entry.countLabel, count));
  return parts.length > 0 ? parts.join(', ') : format(LABELS.VCC_Count_Created, 0);
}

/** The plain words of an issue or result code ("USER_INACTIVE" -> "Inactive user"), or the code when unknown. */
export function codeLabel(code) {
  return LABELS[`VCC_Code_${code}`] || code;
}

const CODE_WORD = /\b[A-Z]{2,}(?:_[A-Z]+)*\b/g;

/** A message with every known code in it replaced by its words ("because of USER_INACTIVE" -> "... Inactive user"). */
export function plainMessage(message) {
  if (typeof message !== 'string') {
    return message;
  }
  return message.replace(CODE_WORD, (code) => LABELS[`VCC_Code_${code}`] || code);
}

/** The job's status in the admin's words. */
export function jobStatusLabel(status) {
  return LABELS[`VCC_Job_Status_${status}`] || status;
}

/** "45 s", "3 min 5 s" or "1 h 20 min" between two ISO 8601 times (the end defaults to now), or null. */
export function durationText(startedAt, finishedAt, now = Date.now()) {
  const start = startedAt ? Date.parse(startedAt) : NaN;
  const end = finishedAt ? Date.parse(finishedAt) : now;
  if (Number.isNaN(start) || Number.isNaN(end)) {
    return null;
  }
  const seconds = Math.max(0, Math.round((end - start) / 1000));
  if (seconds < 60) {
    return format(LABELS.VCC_Duration_Seconds, seconds);
  }
  if (seconds < 3600) {
    return format(LABELS.VCC_Duration_Minutes, Math.floor(seconds / 60), seconds % 60);
  }
  return format(LABELS.VCC_Duration_Hours, Math.floor(seconds / 3600), Math.floor((seconds % 3600) / 60));
}

/** A date and time in the admin's locale, or null. */
export function dateTimeText(iso) {
  const time = iso ? Date.parse(iso) : NaN;
  return Number.isNaN(time)
    ? null
    : new Date(time).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}
