import { LightningElement, api } from 'lwc';
import { resultsToCsv } from 'c/vccRules';
import { LABELS, format } from 'c/vccLabels';

const STATUS_LABEL = {
  Created: LABELS.VCC_Status_Created,
  AlreadyLinked: LABELS.VCC_Status_AlreadyLinked,
  Skipped: LABELS.VCC_Status_Skipped,
  Failed: LABELS.VCC_Status_Failed
};
const BADGE = {
  Created: 'slds-badge slds-theme_success',
  AlreadyLinked: 'slds-badge slds-badge_lightest',
  Skipped: 'slds-badge slds-theme_warning',
  Failed: 'slds-badge slds-theme_error'
};

/**
 * A job's progress and results: the summary ("3 created, 2 failed"), each user's status, reason and remedy, a
 * filter by status, Download CSV and Retry failed (fires `retry` with { userIds }).
 */
export default class VccCreationResults extends LightningElement {
  @api job;
  @api busy = false;
  filter = 'All';
  labels = LABELS;

  get results() {
    return (this.job && this.job.results) || [];
  }

  get inProgress() {
    return this.job && (this.job.status === 'Queued' || this.job.status === 'Running');
  }

  get jobFailed() {
    return this.job && this.job.status === 'Failed';
  }

  get jobErrorText() {
    // the users left when the job stopped carry the reason: the last failure says it
    const failed = this.results.filter((result) => result.status === 'Failed').pop();
    return format(LABELS.VCC_Job_Failed, failed ? failed.message : '');
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
    const job = this.job || {};
    return format(LABELS.VCC_Results_Summary, job.created || 0, job.failed || 0, job.skipped || 0);
  }

  get filterOptions() {
    return [
      { label: LABELS.VCC_Results_All, value: 'All' },
      ...Object.keys(STATUS_LABEL).map((status) => ({ label: STATUS_LABEL[status], value: status }))
    ];
  }

  get rows() {
    return this.results
      .filter((result) => this.filter === 'All' || result.status === this.filter)
      .map((result) => ({
        ...result,
        statusLabel: STATUS_LABEL[result.status] || result.status,
        badgeClass: BADGE[result.status] || 'slds-badge'
      }));
  }

  get hasRows() {
    return this.rows.length > 0;
  }

  get failedIds() {
    return this.results.filter((result) => result.status === 'Failed').map((result) => result.userId);
  }

  get retryDisabled() {
    return this.busy || this.inProgress || this.failedIds.length === 0;
  }

  get csvName() {
    return `vcc-results-${this.job ? this.job.jobId : 'job'}.csv`;
  }

  get csvHref() {
    return 'data:text/csv;charset=utf-8,' + encodeURIComponent(resultsToCsv(this.results));
  }

  handleFilter(event) {
    this.filter = event.detail.value;
  }

  handleRetry() {
    this.dispatchEvent(new CustomEvent('retry', { detail: { userIds: this.failedIds } }));
  }
}
