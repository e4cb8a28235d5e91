import { LightningElement, api } from 'lwc';
import getJobCsv from '@salesforce/apex/VccUserCreationController.getJobCsv';
import { isJobUnfinished, retryCount, secondsLeft } from 'c/vccRules';
import { LABELS, format } from 'c/vccLabels';
import {
  STATUSES,
  statusLabel,
  statusBadge,
  countsText,
  codeLabel,
  plainMessage,
  jobStatusLabel,
  durationText,
  dateTimeText
} from 'c/vccWords';

/** Results read by Show more (the server's page). */
const PAGE = 50;

/** Statuses after which the VCC user exists: the user's warnings (such as no call center) still matter. */
const EXISTS = ['Created', 'Updated', 'AlreadyLinked', 'PartiallyCreated'];

/** The statuses of "Problems", as the server counts them. */
const PROBLEMS = ['PartiallyCreated', 'Skipped', 'Failed', 'Cancelled'];

const ALL = 'all';

/**
 * Saves a job's CSV (`{ fileName, csv }` from getJobCsv) through a hidden link of the component's template: the
 * browser downloads it under the server's file name.
 */
export function saveCsv(link, file) {
  link.setAttribute('href', 'data:text/csv;charset=utf-8,' + encodeURIComponent(file.csv));
  link.setAttribute('download', file.fileName);
  link.click();
}

/** "About 3 minutes left" for a number of seconds, or "Working out the time left" when it is not known yet. */
export function timeLeftText(seconds) {
  if (seconds === null || seconds === undefined) {
    return LABELS.VCC_Time_Left_Estimating;
  }
  if (seconds < 60) {
    return LABELS.VCC_Time_Left_Seconds;
  }
  const minutes = Math.round(seconds / 60);
  if (minutes <= 1) {
    return LABELS.VCC_Time_Left_Minute;
  }
  return minutes < 90
    ? format(LABELS.VCC_Time_Left_Minutes, minutes)
    : format(LABELS.VCC_Time_Left_Hours, Math.round(minutes / 60));
}

/**
 * A job as the tab's follower shows it: what it is (template, view, who, when, status, duration, the job it
 * retries), its progress, time left and notice while it runs, the summary in the rows' words, a page of its results
 * (each user's status, reason, remedy and warnings) and a status filter. The rows come from the server: it fires
 * `filter` ({ status }), `more`, `retry` ({ jobId }), `cancel` ({ jobId }) and `openjob` ({ jobId }); Download CSV
 * reads the server's CSV of the job.
 */
export default class VccCreationResults extends LightningElement {
  @api job;
  @api busy = false;
  /** The current view's checks: a created user keeps its warnings on its result. */
  @api checks = [];
  /** The view chosen on the tab, to say when these results belong to another one. */
  @api listViewId;
  labels = LABELS;
  csvBusy = false;
  csvError;

  /** Moves the focus to the results heading (after Create, or when a job is reopened). */
  @api
  focusHeading() {
    const heading = this.template.querySelector('h2.results-heading');
    if (heading) {
      heading.focus();
    }
  }

  get inProgress() {
    return Boolean(this.job) && isJobUnfinished(this.job.status);
  }

  get jobFailed() {
    return Boolean(this.job) && this.job.status === 'Failed';
  }

  get jobErrorText() {
    const reason = this.job.error ? plainMessage(this.job.error) : LABELS.VCC_Job_Failed_No_Reason;
    return format(LABELS.VCC_Job_Stopped, reason);
  }

  get notice() {
    return this.inProgress && this.job.notice ? plainMessage(this.job.notice) : null;
  }

  get finishedText() {
    if (!this.job || this.inProgress || this.jobFailed) {
      return null;
    }
    const label = this.job.status === 'Cancelled' ? LABELS.VCC_Job_Cancelled : LABELS.VCC_Job_Finished;
    return format(label, this.summaryText);
  }

  get percent() {
    return this.job && this.job.total > 0 ? Math.round((this.job.processed / this.job.total) * 100) : 0;
  }

  get progressText() {
    return format(
      LABELS.VCC_Results_Progress,
      this.job ? this.job.processed : 0,
      this.job ? this.job.total : 0
    );
  }

  get timeLeft() {
    return timeLeftText(secondsLeft(this.job, Date.now()));
  }

  get summaryText() {
    return countsText(this.job);
  }

  get context() {
    const job = this.job || {};
    const none = LABELS.VCC_Job_Context_Not_Recorded;
    return [
      ['template', LABELS.VCC_Job_Context_Template, job.templateUsername],
      ['view', LABELS.VCC_Job_Context_View, job.listViewLabel],
      ['started-by', LABELS.VCC_Job_Context_Started_By, job.startedBy],
      ['started', LABELS.VCC_Job_Context_Started, dateTimeText(job.startedAt)],
      ['status', LABELS.VCC_Job_Context_Status, jobStatusLabel(job.status)],
      ['duration', LABELS.VCC_Job_Context_Duration, durationText(job.startedAt, job.finishedAt)]
    ].map(([key, label, value]) => ({
      key,
      label,
      value: value || none,
      className: `context-${key}`
    }));
  }

  get retryOfText() {
    const job = this.job;
    if (!job || !job.retryOf) {
      return null;
    }
    const when = dateTimeText(job.retryOfStartedAt);
    return when ? format(LABELS.VCC_Job_Retry_Of, when) : LABELS.VCC_Job_Retry_Of_Unknown;
  }

  get otherViewText() {
    const job = this.job;
    if (!job || !job.listViewId || !this.listViewId || job.listViewId === this.listViewId) {
      return null;
    }
    return format(LABELS.VCC_Job_Other_View, job.listViewLabel || job.listViewId);
  }

  /** The count of a status filter, from the job's counts. */
  count(filter) {
    const job = this.job || {};
    const of = (status) => job[STATUSES.find((entry) => entry.status === status).count] || 0;
    if (filter === ALL) {
      return job.processed || 0;
    }
    return filter === 'problems' ? PROBLEMS.reduce((sum, status) => sum + of(status), 0) : of(filter);
  }

  get filterOptions() {
    const option = (value, label) => ({
      value,
      label: format(LABELS.VCC_Results_Filter_Count, label, this.count(value))
    });
    return [
      option(ALL, LABELS.VCC_Results_All),
      option('problems', LABELS.VCC_Results_Problems),
      ...STATUSES.map((entry) => option(entry.status, entry.label))
    ];
  }

  get filter() {
    return (this.job && this.job.filter) || ALL;
  }

  get rows() {
    const warnings = new Map(
      (this.checks || []).map((check) => [
        check.userId,
        check.issues.filter((issue) => issue.severity === 'warning')
      ])
    );
    return ((this.job && this.job.rows) || []).map((result) => {
      const label = statusLabel(result.status);
      const reason = codeLabel(result.code);
      const userWarnings = EXISTS.includes(result.status) ? warnings.get(result.userId) || [] : [];
      return {
        ...result,
        key: result.sequence ? `seq-${result.sequence}` : result.userId,
        statusLabel: label,
        badgeClass: statusBadge(result.status),
        reasonLabel: reason !== label && reason !== result.code ? reason : null,
        plainText: plainMessage(result.message),
        warnings: userWarnings.map((issue, index) => ({
          key: `${issue.code}-${index}`,
          text: plainMessage(issue.message)
        }))
      };
    });
  }

  get loading() {
    return Boolean(this.job && this.job.loading);
  }

  get hasMore() {
    return Boolean(this.job && this.job.hasMore);
  }

  get matching() {
    const job = this.job || {};
    return typeof job.matching === 'number' ? job.matching : this.rows.length;
  }

  get showingText() {
    return format(LABELS.VCC_Results_Showing, this.rows.length, this.matching);
  }

  get showMoreLabel() {
    return format(LABELS.VCC_Results_Show_More, Math.min(PAGE, this.matching - this.rows.length));
  }

  get hasRows() {
    return this.rows.length > 0;
  }

  get noRows() {
    return !this.hasRows && !this.loading;
  }

  get noRowsText() {
    return this.count(ALL) === 0 ? LABELS.VCC_Results_Nothing_Yet : LABELS.VCC_Results_None;
  }

  /** Users a retry runs again: failed, partly created or cancelled, or never reached by a job that stopped. */
  get retryCount() {
    return this.job ? retryCount(this.job) : 0;
  }

  get retryDisabled() {
    return this.busy || this.inProgress || this.retryCount === 0;
  }

  get csvDisabled() {
    return this.csvBusy || !this.job;
  }

  handleFilter(event) {
    const value = event.detail.value;
    this.dispatchEvent(new CustomEvent('filter', { detail: { status: value === ALL ? null : value } }));
  }

  handleShowMore() {
    this.dispatchEvent(new CustomEvent('more'));
  }

  async handleCsv() {
    this.csvBusy = true;
    this.csvError = undefined;
    try {
      const file = await getJobCsv({ jobId: this.job.jobId });
      saveCsv(this.template.querySelector('a[data-id="csv-link"]'), file);
    } catch (error) {
      this.csvError = error;
    } finally {
      this.csvBusy = false;
    }
  }

  handleRetry() {
    this.dispatchEvent(new CustomEvent('retry', { detail: { jobId: this.job.jobId } }));
  }

  handleCancel() {
    this.dispatchEvent(new CustomEvent('cancel', { detail: { jobId: this.job.jobId } }));
  }

  handleOpenEarlier() {
    this.dispatchEvent(new CustomEvent('openjob', { detail: { jobId: this.job.retryOf } }));
  }
}
