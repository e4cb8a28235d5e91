import { LightningElement, api } from 'lwc';
import { resultsToCsv } from 'c/vccRules';
import { LABELS, format } from 'c/vccLabels';
import {
  STATUSES,
  RETRY_STATUSES,
  statusLabel,
  statusBadge,
  countsText,
  codeLabel,
  plainMessage,
  jobStatusLabel,
  durationText,
  dateTimeText
} from 'c/vccWords';

/** Rows shown at a time: a job of thousands of users stays quick to show. */
const PAGE = 200;

/** Statuses after which the VCC user exists: the user's warnings (such as no call center) still matter. */
const EXISTS = ['Created', 'Updated', 'AlreadyLinked', 'PartiallyCreated'];

/**
 * A job: what it is (template, view, who, when, status, duration), its progress and notice while it runs, the
 * summary in the rows' words, each user's status, reason, remedy and warnings, a filter by status, Download CSV,
 * Retry failed (fires `retry` with { userIds, templateUsername }) and Cancel (fires `cancel`) while it runs.
 */
export default class VccCreationResults extends LightningElement {
  @api job;
  @api busy = false;
  /** The current view's checks: a created user keeps its warnings on its result. */
  @api checks = [];
  /** The view chosen on the tab, to say when these results belong to another one. */
  @api listViewId;
  filter = 'All';
  shown = PAGE;
  labels = LABELS;

  /** Moves the focus to the results heading (after Create, or when a job is reopened). */
  @api
  focusHeading() {
    const heading = this.template.querySelector('h2.results-heading');
    if (heading) {
      heading.focus();
    }
  }

  get results() {
    return (this.job && this.job.results) || [];
  }

  get inProgress() {
    return Boolean(this.job) && (this.job.status === 'Queued' || this.job.status === 'Running');
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

  get otherViewText() {
    const job = this.job;
    if (!job || !job.listViewId || !this.listViewId || job.listViewId === this.listViewId) {
      return null;
    }
    return format(LABELS.VCC_Job_Other_View, job.listViewLabel || job.listViewId);
  }

  get filterOptions() {
    return [
      { label: LABELS.VCC_Results_All, value: 'All' },
      ...STATUSES.map((entry) => ({ label: entry.label, value: entry.status }))
    ];
  }

  get rows() {
    const warnings = new Map(
      (this.checks || []).map((check) => [
        check.userId,
        check.issues.filter((issue) => issue.severity === 'warning')
      ])
    );
    return this.filtered.slice(0, this.shown).map((result) => {
      const label = statusLabel(result.status);
      const reason = codeLabel(result.code);
      const userWarnings = EXISTS.includes(result.status) ? warnings.get(result.userId) || [] : [];
      return {
        ...result,
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

  get filtered() {
    return this.results.filter((result) => this.filter === 'All' || result.status === this.filter);
  }

  get hasMore() {
    return this.filtered.length > this.shown;
  }

  get showingText() {
    return format(LABELS.VCC_Users_Showing, this.shown, this.filtered.length);
  }

  get showMoreLabel() {
    return format(LABELS.VCC_Users_Show_More, Math.min(PAGE, this.filtered.length - this.shown));
  }

  handleShowMore() {
    this.shown += PAGE;
  }

  get hasRows() {
    return this.rows.length > 0;
  }

  get noRows() {
    return !this.hasRows;
  }

  get noRowsText() {
    return this.results.length === 0 ? LABELS.VCC_Results_Nothing_Yet : LABELS.VCC_Results_None;
  }

  get retryIds() {
    return this.results
      .filter((result) => RETRY_STATUSES.includes(result.status))
      .map((result) => result.userId);
  }

  get retryDisabled() {
    return this.busy || this.inProgress || this.retryIds.length === 0;
  }

  get csvName() {
    return `vcc-results-${this.job ? this.job.jobId : 'job'}.csv`;
  }

  get csvHref() {
    return 'data:text/csv;charset=utf-8,' + encodeURIComponent(resultsToCsv(this.results));
  }

  handleFilter(event) {
    this.filter = event.detail.value;
    this.shown = PAGE;
  }

  handleRetry() {
    this.dispatchEvent(
      new CustomEvent('retry', {
        detail: { userIds: this.retryIds, templateUsername: this.job.templateUsername || null }
      })
    );
  }

  handleCancel() {
    this.dispatchEvent(new CustomEvent('cancel', { detail: { jobId: this.job.jobId } }));
  }
}
