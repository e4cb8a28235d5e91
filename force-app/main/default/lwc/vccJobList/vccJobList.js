import { LightningElement, api } from 'lwc';
import listJobs from '@salesforce/apex/VccUserCreationController.listJobs';
import getJobCsv from '@salesforce/apex/VccUserCreationController.getJobCsv';
import { saveCsv } from 'c/vccCreationResults';
import { LABELS, format } from 'c/vccLabels';
import { isJobUnfinished, retryCount } from 'c/vccRules';
import { countsText, jobStatusLabel, durationText, dateTimeText } from 'c/vccWords';

/** Jobs shown: the most recent ones. */
export const JOBS_SHOWN = 20;

/**
 * The Jobs list: the recent creation jobs, most recent first, each with its template, view, who, when, status,
 * counts in words and duration, and Open (fires `open` { jobId }), Download CSV (the server's CSV), Retry (fires
 * `retry` { jobId }; for jobs with problems, not while a job runs) and Cancel (fires `cancel` { jobId }; while it
 * runs). The tab calls refresh() when a job starts or ends; Refresh reads the list again.
 */
export default class VccJobList extends LightningElement {
  @api busy = false;
  labels = LABELS;
  jobs = [];
  loaded = false;
  loading = false;
  error;
  csvError;
  token = 0;

  connectedCallback() {
    this.refresh();
  }

  /** Reads the jobs again. */
  @api
  async refresh() {
    const token = ++this.token;
    this.loading = true;
    try {
      const jobs = await listJobs({ rowLimit: JOBS_SHOWN });
      if (token === this.token) {
        this.jobs = jobs || [];
        this.loaded = true;
        this.error = undefined;
      }
    } catch (error) {
      if (token === this.token) {
        this.error = error;
      }
    } finally {
      if (token === this.token) {
        this.loading = false;
      }
    }
  }

  get anyRunning() {
    return this.jobs.some((job) => isJobUnfinished(job.status));
  }

  /** "Retry of the job of <when>" for a retry (when the earlier job is in the list), or null. */
  retryNote(job) {
    if (!job.retryOf) {
      return null;
    }
    const earlier = this.jobs.find((other) => other.jobId === job.retryOf);
    const when = earlier ? dateTimeText(earlier.startedAt) : null;
    return when ? format(LABELS.VCC_Job_Retry_Of, when) : LABELS.VCC_Job_Retry_Of_Unknown;
  }

  get rows() {
    const anyRunning = this.anyRunning;
    const none = LABELS.VCC_Job_Context_Not_Recorded;
    return this.jobs.map((job) => {
      const running = isJobUnfinished(job.status);
      const when = dateTimeText(job.startedAt) || none;
      const nothing = retryCount(job) === 0;
      const of = (label) => format(LABELS.VCC_Jobs_Action_Of, label, when);
      return {
        jobId: job.jobId,
        template: job.templateUsername || none,
        view: job.listViewLabel || none,
        who: job.startedBy || none,
        when,
        status: jobStatusLabel(job.status),
        retryNote: this.retryNote(job),
        counts: countsText(job),
        duration: durationText(job.startedAt, job.finishedAt) || none,
        running,
        retryDisabled: this.busy || anyRunning || nothing,
        retryTitle: anyRunning
          ? LABELS.VCC_Jobs_Retry_Running
          : nothing
            ? LABELS.VCC_Jobs_Retry_Nothing
            : null,
        openLabel: of(LABELS.VCC_Jobs_Open),
        csvLabel: of(LABELS.VCC_Results_Download),
        retryLabel: of(LABELS.VCC_Jobs_Retry),
        cancelLabel: of(LABELS.VCC_Job_Cancel)
      };
    });
  }

  get hasJobs() {
    return this.jobs.length > 0;
  }

  get empty() {
    return this.loaded && !this.error && this.jobs.length === 0;
  }

  get showSpinner() {
    return this.loading && !this.loaded;
  }

  handleRefresh() {
    this.refresh();
  }

  handleAction(event) {
    const { action, jobId } = event.currentTarget.dataset;
    if (action === 'csv') {
      this.download(jobId);
    } else {
      this.dispatchEvent(new CustomEvent(action, { detail: { jobId } }));
    }
  }

  async download(jobId) {
    this.csvError = undefined;
    try {
      const file = await getJobCsv({ jobId });
      saveCsv(this.template.querySelector('a[data-id="csv-link"]'), file);
    } catch (error) {
      this.csvError = error;
    }
  }
}
