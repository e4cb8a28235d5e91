import LightningConfirm from 'lightning/confirm';
import Toast from 'lightning/toast';
import getJobPage from '@salesforce/apex/VccUserCreationController.getJobPage';
import listJobs from '@salesforce/apex/VccUserCreationController.listJobs';
import cancelJob from '@salesforce/apex/VccUserCreationController.cancelJob';
import retryJob from '@salesforce/apex/VccUserCreationController.retryJob';
import { LABELS, format } from 'c/vccLabels';
import { countsText, plainMessage } from 'c/vccWords';
import { countStatuses, isJobUnfinished } from 'c/vccRules';

export const POLL_MS = 1000;

/** Results read at a time: when a job is opened, on Show more, and by each poll at the end of the list. */
export const PAGE_SIZE = 50;

/** Results the polls add by themselves; past them the table offers Show more and the polls ask for counts only. */
export const MAX_FOLLOWED = 200;

/**
 * Follows the tab's job on the server's pages (getJobPage): every second while it runs, the counts, and the new
 * results only when something changed and the admin is at the end of a short list; Show more and the status filter
 * read the next page or the first page again. It says when a job ends (a toast; the results show a status line),
 * opens an earlier job, retries and cancels one, and shows the latest job when the tab opens. The tab holds the job
 * as shown (`tab.job`: the counts and context, `rows`, `filter`, `hasMore`, `loading`) and the errors
 * (`tab.setError('poll' | 'cancel', error)`).
 */
export class JobFollower {
  constructor(tab) {
    this.tab = tab;
    this.timer = undefined;
    this.connected = false;
    this.token = 0;
    this.rows = [];
    this.filter = null;
    this.version = null;
    this.loading = false;
    /** When each earlier job started, for "Retry of the job of ...": jobId -> startedAt. */
    this.earlier = new Map();
  }

  get running() {
    const job = this.tab.job;
    return Boolean(job) && isJobUnfinished(job.status);
  }

  /** The sequence of the last result shown: the next page starts after it. */
  get cursor() {
    return this.rows.length > 0 ? this.rows[this.rows.length - 1].sequence : 0;
  }

  connect() {
    this.connected = true;
  }

  disconnect() {
    this.connected = false;
    this.stop();
  }

  /** The most recent job, when the tab opens and shows none yet: one page of its results. */
  async loadLatest() {
    try {
      const jobs = await listJobs({ rowLimit: 1 });
      if (jobs && jobs.length > 0 && !this.tab.job) {
        await this.open(jobs[0].jobId, true);
      }
    } catch {
      // The last job is a convenience: the tab works without it.
    }
  }

  /** A job just started, with empty counts (never the previous job's) and its context. */
  newJob(info, templateUsername, listViewId, listViewLabel, retryOf = null) {
    return {
      jobId: info.jobId,
      status: 'Queued',
      total: info.total,
      processed: 0,
      ...countStatuses([]),
      error: null,
      notice: null,
      templateUsername,
      listViewId,
      listViewLabel,
      startedBy: null,
      startedAt: new Date().toISOString(),
      finishedAt: null,
      retryOf,
      matching: 0,
      results: []
    };
  }

  /** Shows a job from scratch (a new one, or a status the server gave) and follows it while it runs. */
  show(job) {
    this.begin(job.jobId, null);
    this.update(job);
    this.tab.setError('poll', undefined);
    if (this.running) {
      this.schedule();
    }
  }

  /** Opens a job (from the Jobs list, or the latest one): its counts and the first page of its results. */
  async open(jobId, onlyIfNone = false) {
    const token = this.begin(jobId, null);
    await this.readFirstPage(token, onlyIfNone);
  }

  /** Shows only the results of one status ('problems', a status, or null for all), read again from the server. */
  async setFilter(filter) {
    const job = this.tab.job;
    if (!job) {
      return;
    }
    const token = this.begin(job.jobId, filter || null);
    this.loading = true;
    this.update(job);
    await this.readFirstPage(token, false);
  }

  /** The next page of results after the last one shown. */
  async showMore() {
    const job = this.tab.job;
    if (!job) {
      return;
    }
    const token = this.token;
    try {
      const query = { after: this.cursor, limit: PAGE_SIZE, status: this.filter };
      const page = await getJobPage({ jobId: job.jobId, query });
      if (token === this.token) {
        this.receive(page);
      }
    } catch (error) {
      if (token === this.token) {
        this.tab.setError('poll', error);
      }
    }
  }

  resume() {
    this.tab.setError('poll', undefined);
    return this.poll();
  }

  /** Forgets the rows shown and stops following: what comes next belongs to this job and filter. */
  begin(jobId, filter) {
    this.stop();
    this.token++;
    this.jobId = jobId;
    this.filter = filter;
    this.rows = [];
    this.version = null;
    this.loading = false;
    return this.token;
  }

  async readFirstPage(token, onlyIfNone) {
    try {
      const query = { after: 0, limit: PAGE_SIZE, status: this.filter };
      const page = await getJobPage({ jobId: this.jobId, query });
      if (token !== this.token || (onlyIfNone && this.tab.job)) {
        return;
      }
      this.loading = false;
      this.tab.setError('poll', undefined);
      this.receive(page);
      if (this.running) {
        this.schedule();
      }
    } catch (error) {
      if (token === this.token) {
        this.loading = false;
        this.tab.setError('poll', error);
      }
    }
  }

  schedule() {
    this.stop();
    if (this.connected) {
      // The job runs on the server; the tab asks for its progress until it is done.
      // eslint-disable-next-line @lwc/lwc/no-async-operation
      this.timer = setTimeout(() => this.poll(), POLL_MS);
    }
  }

  stop() {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
  }

  /**
   * What a poll asks for: the rows after the last one shown while fewer than MAX_FOLLOWED are shown (since the last
   * answer, unless rows are known to be waiting), else the counts only and the table offers Show more.
   */
  pollQuery() {
    const room = MAX_FOLLOWED - this.rows.length;
    const limit = room > 0 ? Math.min(PAGE_SIZE, room) : 0;
    const since = limit > 0 && this.tab.job.hasMore ? null : this.version;
    return { after: this.cursor, limit, status: this.filter, since };
  }

  async poll() {
    this.timer = undefined;
    if (!this.connected || !this.tab.job) {
      return;
    }
    const wasRunning = this.running;
    const token = this.token;
    try {
      const page = await getJobPage({ jobId: this.tab.job.jobId, query: this.pollQuery() });
      if (token !== this.token) {
        return;
      }
      this.tab.setError('poll', undefined);
      this.receive(page);
      if (this.running) {
        this.schedule();
      } else {
        if (wasRunning) {
          this.announce(this.tab.job);
        }
        this.tab.jobEnded();
      }
    } catch (error) {
      if (token === this.token) {
        this.tab.setError('poll', error);
      }
    }
  }

  /** A page from the server: its counts always, its rows when they changed, after the last row shown. */
  receive(page) {
    const { rows, ...status } = page;
    if (page.changed !== false && Array.isArray(rows)) {
      const cursor = this.cursor;
      const fresh = rows.filter((row) => row.sequence > cursor);
      if (fresh.length > 0) {
        this.rows = [...this.rows, ...fresh];
      }
    }
    this.version = page.version || null;
    this.update(status);
  }

  /** The job as the results show it: its counts and context, the rows read so far, and whether more match. */
  update(status) {
    const matching = typeof status.matching === 'number' ? status.matching : this.rows.length;
    this.tab.job = {
      ...status,
      results: [],
      rows: this.rows,
      filter: this.filter,
      loading: this.loading,
      hasMore: !this.loading && matching > this.rows.length,
      retryOfStartedAt: status.retryOf ? this.earlier.get(status.retryOf) || null : null
    };
    if (status.retryOf && !this.earlier.has(status.retryOf)) {
      this.learnEarlier(status.retryOf);
    }
  }

  /** When the job a retry comes from started: read once, with no results. */
  async learnEarlier(jobId) {
    this.earlier.set(jobId, null);
    try {
      const page = await getJobPage({ jobId, query: { after: 0, limit: 0, status: null } });
      this.earlier.set(jobId, page.startedAt || null);
      const job = this.tab.job;
      if (job && job.retryOf === jobId) {
        this.tab.job = { ...job, retryOfStartedAt: page.startedAt || null };
      }
    } catch {
      // Without it the results say "Retry of an earlier job", and still offer to open it.
    }
  }

  /** Retry failed: a new job for the users of that job with no result that needs nothing more. */
  async retry(jobId) {
    const earlier = this.tab.job && this.tab.job.jobId === jobId ? this.tab.job : {};
    const info = await retryJob({ jobId });
    Toast.show(
      {
        label: LABELS.VCC_Results_Retry,
        message: format(LABELS.VCC_Retry_Started, info.total),
        variant: 'info'
      },
      this.tab
    );
    this.show(
      this.newJob(
        info,
        earlier.templateUsername || null,
        earlier.listViewId || null,
        earlier.listViewLabel || null,
        jobId
      )
    );
  }

  /** A toast when a job ends: finished, cancelled, or stopped with its reason. */
  announce(job) {
    const counts = countsText(job);
    let message = format(LABELS.VCC_Job_Finished, counts);
    let variant = job.failed > 0 || job.partiallyCreated > 0 ? 'warning' : 'success';
    if (job.status === 'Failed') {
      message = format(
        LABELS.VCC_Job_Stopped,
        job.error ? plainMessage(job.error) : LABELS.VCC_Job_Failed_No_Reason
      );
      variant = 'error';
    } else if (job.status === 'Cancelled') {
      message = format(LABELS.VCC_Job_Cancelled, counts);
      variant = 'info';
    }
    Toast.show({ label: LABELS.VCC_Job_Finished_Title, message, variant }, this.tab);
  }

  /** Cancels a job after asking (the tab's job, or one of the Jobs list). */
  async cancel(jobId) {
    const id = jobId || (this.tab.job ? this.tab.job.jobId : null);
    const confirmed = await LightningConfirm.open({
      label: LABELS.VCC_Job_Cancel,
      message: LABELS.VCC_Job_Cancel_Confirm,
      theme: 'warning'
    });
    if (!confirmed || !id) {
      return;
    }
    this.tab.setError('cancel', undefined);
    try {
      const status = await cancelJob({ jobId: id });
      Toast.show(
        { label: LABELS.VCC_Job_Cancel, message: LABELS.VCC_Job_Cancel_Requested, variant: 'info' },
        this.tab
      );
      if (status && this.tab.job && status.jobId === this.tab.job.jobId) {
        const wasRunning = this.running;
        this.update({ ...this.tab.job, ...status, rows: undefined });
        if (wasRunning && !this.running) {
          this.stop();
          this.announce(this.tab.job);
          this.tab.jobEnded();
        }
      }
    } catch (error) {
      this.tab.setError('cancel', error);
    }
  }
}
