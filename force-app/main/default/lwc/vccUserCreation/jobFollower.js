import LightningConfirm from 'lightning/confirm';
import Toast from 'lightning/toast';
import getJob from '@salesforce/apex/VccUserCreationController.getJob';
import getLatestJob from '@salesforce/apex/VccUserCreationController.getLatestJob';
import cancelJob from '@salesforce/apex/VccUserCreationController.cancelJob';
import { LABELS, format } from 'c/vccLabels';
import { countsText, plainMessage } from 'c/vccWords';
import { countStatuses } from 'c/vccRules';

export const POLL_MS = 1000;

const RUNNING = ['Queued', 'Running'];

/**
 * Follows the tab's job: asks getJob every second until the job ends or the tab goes away, says when it ends (a
 * toast; the results show a status line), cancels it when asked, and shows the last job when the tab opens. The
 * tab holds the job (`tab.job`) and the errors (`tab.setError('poll' | 'cancel', error)`).
 */
export class JobFollower {
  constructor(tab) {
    this.tab = tab;
    this.timer = undefined;
    this.connected = false;
  }

  get running() {
    const job = this.tab.job;
    return Boolean(job) && RUNNING.includes(job.status);
  }

  connect() {
    this.connected = true;
  }

  disconnect() {
    this.connected = false;
    this.stop();
  }

  async loadLatest() {
    try {
      const job = await getLatestJob();
      if (job && !this.tab.job) {
        this.show(job);
      }
    } catch {
      // The last job is a convenience: the tab works without it.
    }
  }

  /** A job just started, with empty counts (never the previous job's) and its context. */
  newJob(info, templateUsername, listViewId, listViewLabel) {
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
      results: []
    };
  }

  show(job) {
    this.tab.job = job;
    this.tab.setError('poll', undefined);
    if (this.running) {
      this.schedule();
    }
  }

  resume() {
    this.tab.setError('poll', undefined);
    return this.poll();
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

  async poll() {
    this.timer = undefined;
    if (!this.connected || !this.tab.job) {
      return;
    }
    const wasRunning = this.running;
    try {
      const job = await getJob({ jobId: this.tab.job.jobId });
      this.tab.job = job;
      this.tab.setError('poll', undefined);
      if (this.running) {
        this.schedule();
      } else {
        if (wasRunning) {
          this.announce(job);
        }
        this.tab.jobEnded();
      }
    } catch (error) {
      this.tab.setError('poll', error);
    }
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

  async cancel() {
    const job = this.tab.job;
    const confirmed = await LightningConfirm.open({
      label: LABELS.VCC_Job_Cancel,
      message: LABELS.VCC_Job_Cancel_Confirm,
      theme: 'warning'
    });
    if (!confirmed || !job) {
      return;
    }
    this.tab.setError('cancel', undefined);
    try {
      const status = await cancelJob({ jobId: job.jobId });
      Toast.show(
        { label: LABELS.VCC_Job_Cancel, message: LABELS.VCC_Job_Cancel_Requested, variant: 'info' },
        this.tab
      );
      if (status && this.tab.job && status.jobId === this.tab.job.jobId) {
        this.show(status);
        if (!this.running) {
          this.announce(status);
          this.tab.jobEnded();
        }
      }
    } catch (error) {
      this.tab.setError('cancel', error);
    }
  }
}
