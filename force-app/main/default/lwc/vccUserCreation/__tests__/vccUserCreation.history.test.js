import { POLL_MS } from 'c/vccUserCreation';
import getUserListViews from '@salesforce/apex/VccUserCreationController.getUserListViews';
import listJobs from '@salesforce/apex/VccUserCreationController.listJobs';
import getJobPage from '@salesforce/apex/VccUserCreationController.getJobPage';
import retryJob from '@salesforce/apex/VccUserCreationController.retryJob';
import cancelJob from '@salesforce/apex/VccUserCreationController.cancelJob';
import LightningConfirm from 'lightning/confirm';
import Toast from 'lightning/toast';
import { VIEWS, DONE_JOB, MIXED_JOB, apexError } from './data';
import { serveJobs, jobWith, manyResults } from './jobPages';
import { flushPromises, $, $$, text, mount, unmountAll, results } from './helpers';

jest.mock('@salesforce/apex/VccUserCreationController.getUserListViews', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/apex/VccUserCreationController.listJobs', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/apex/VccUserCreationController.getJobPage', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/apex/VccUserCreationController.retryJob', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/apex/VccUserCreationController.cancelJob', () => ({ default: jest.fn() }), {
  virtual: true
});

const BIG_ID = 'a01000000000005AAA';
const RETRY_ID = 'a01000000000006AAA';
const listed = (job) => ({ ...job, results: [], retryOf: job.retryOf || null });
const running = (job, done) => ({
  ...jobWith(job, job.results.slice(0, done), { total: job.results.length }),
  status: 'Running',
  finishedAt: null
});

const jobList = (element) => $(element, 'c-vcc-job-list');
const jobAction = (element, jobId, name) =>
  $(jobList(element), `tr[data-job-id="${jobId}"] button[data-action="${name}"]`);
const resultRows = (element) => $$(results(element), 'tr[data-result-id]');
const lastQuery = () => getJobPage.mock.calls[getJobPage.mock.calls.length - 1][0];

// The whole tab under axe takes a while on a busy machine.
jest.setTimeout(30000);

describe('c-vcc-user-creation: the job on the server, and the Jobs list', () => {
  let jobs;

  beforeEach(() => {
    jobs = {
      [DONE_JOB.jobId]: DONE_JOB,
      [MIXED_JOB.jobId]: MIXED_JOB,
      [BIG_ID]: jobWith({ ...DONE_JOB, jobId: BIG_ID }, manyResults(DONE_JOB, 120, 4))
    };
    getUserListViews.mockResolvedValue(VIEWS);
    getJobPage.mockImplementation(serveJobs(jobs));
    listJobs.mockImplementation(({ rowLimit }) =>
      Promise.resolve(
        [jobs[DONE_JOB.jobId], jobs[MIXED_JOB.jobId], jobs[BIG_ID]].slice(0, rowLimit).map(listed)
      )
    );
  });

  afterEach(() => {
    unmountAll();
    jest.resetAllMocks();
    jest.useRealTimers();
  });

  it('shows the latest job when the tab opens with one page of its results, and the Jobs list', async () => {
    const element = await mount();
    expect(listJobs).toHaveBeenCalledWith({ rowLimit: 1 });
    expect(listJobs).toHaveBeenCalledWith({ rowLimit: 20 });
    expect(getJobPage).toHaveBeenCalledWith({
      jobId: DONE_JOB.jobId,
      query: { after: 0, limit: 50, status: null }
    });
    expect(text($(results(element), '.summary'))).toBe('3 created, 2 failed');
    expect(resultRows(element)).toHaveLength(5);
    expect($$(jobList(element), 'tr[data-job-id]')).toHaveLength(3);
    await expect(element).toBeAccessible();
  });

  it('reopens a job from the Jobs list, and Show more reads the next page', async () => {
    const element = await mount();
    jobAction(element, BIG_ID, 'open').click();
    await flushPromises();
    expect(lastQuery()).toEqual({ jobId: BIG_ID, query: { after: 0, limit: 50, status: null } });
    expect(resultRows(element)).toHaveLength(50);
    expect(text($(results(element), '.summary'))).toBe('90 created, 30 failed');
    expect(results(element).shadowRoot.activeElement).toBe($(results(element), 'h2'));
    $(results(element), 'button[data-id="results-more"]').click();
    await flushPromises();
    expect(lastQuery()).toEqual({ jobId: BIG_ID, query: { after: 50, limit: 50, status: null } });
    expect(resultRows(element)).toHaveLength(100);
  });

  it('filters the results on the server', async () => {
    const element = await mount();
    jobAction(element, BIG_ID, 'open').click();
    await flushPromises();
    const filter = $(results(element), 'lightning-combobox[data-id="result-filter"]');
    filter.dispatchEvent(new CustomEvent('change', { detail: { value: 'problems' } }));
    await flushPromises();
    expect(lastQuery()).toEqual({ jobId: BIG_ID, query: { after: 0, limit: 50, status: 'problems' } });
    expect(resultRows(element)).toHaveLength(30);
    expect(filter.value).toBe('problems');
    expect($(results(element), 'button[data-id="results-more"]')).toBeNull();
  });

  it('retries a reopened job on the server, and the new job says which job it retries', async () => {
    jest.useFakeTimers();
    retryJob.mockImplementation(({ jobId }) => {
      jobs[RETRY_ID] = jobWith(
        { ...DONE_JOB, jobId: RETRY_ID, retryOf: jobId },
        DONE_JOB.results.slice(1, 2)
      );
      return Promise.resolve({ jobId: RETRY_ID, total: 1 });
    });
    const element = await mount();
    jobAction(element, MIXED_JOB.jobId, 'open').click();
    await flushPromises();
    const listed0 = listJobs.mock.calls.length;
    $(results(element), 'button[data-id="retry-failed"]').click();
    await flushPromises();
    expect(retryJob).toHaveBeenCalledWith({ jobId: MIXED_JOB.jobId });
    expect(listJobs.mock.calls.length).toBeGreaterThan(listed0);
    expect(text($(results(element), '.summary'))).toBe('0 created');
    const when = new Date(MIXED_JOB.startedAt).toLocaleString(undefined, {
      dateStyle: 'medium',
      timeStyle: 'short'
    });
    expect(text($(results(element), '.retry-of span'))).toBe(`Retry of the job of ${when}`);
    jest.advanceTimersByTime(POLL_MS);
    await flushPromises();
    expect(text($(results(element), '.finished'))).toBe('The job finished: 1 failed.');
    expect(Toast.show).toHaveBeenLastCalledWith(
      expect.objectContaining({ message: 'The job finished: 1 failed.', variant: 'warning' }),
      expect.anything()
    );
    $(results(element), 'button[data-id="open-earlier"]').click();
    await flushPromises();
    expect(text($(results(element), '.summary'))).toMatch(/^1 created, 1 updated/);
    jest.useRealTimers();
    await expect(element).toBeAccessible();
  });

  it('retries from the Jobs list, and says why a retry was refused', async () => {
    retryJob.mockRejectedValue(apexError('Nothing to retry: every user of the job is done.'));
    const element = await mount();
    jobAction(element, DONE_JOB.jobId, 'retry').click();
    await flushPromises();
    expect(retryJob).toHaveBeenCalledWith({ jobId: DONE_JOB.jobId });
    expect(text($($(element, 'c-vcc-error-panel.create-error'), '[role="alert"]'))).toContain(
      'Nothing to retry: every user of the job is done.'
    );
  });

  it('cancels a running job from the Jobs list after asking, and says when it has ended', async () => {
    jest.useFakeTimers();
    jobs[DONE_JOB.jobId] = running(DONE_JOB, 1);
    LightningConfirm.open.mockResolvedValue(true);
    cancelJob.mockImplementation(({ jobId }) => {
      jobs[jobId] = jobWith(jobs[jobId], jobs[jobId].results, {
        status: 'Cancelled',
        total: 5,
        cancelled: 4
      });
      return Promise.resolve(listed(jobs[jobId]));
    });
    const element = await mount();
    expect(text($(results(element), '[data-id="time-left"]'))).toBe('Working out the time left');
    expect(jobAction(element, MIXED_JOB.jobId, 'retry').disabled).toBe(true);
    const listed0 = listJobs.mock.calls.length;
    jobAction(element, DONE_JOB.jobId, 'cancel').click();
    await flushPromises();
    expect(cancelJob).toHaveBeenCalledWith({ jobId: DONE_JOB.jobId });
    expect(listJobs.mock.calls.length).toBeGreaterThan(listed0);
    expect(text($(results(element), '.finished'))).toBe('The job was cancelled: 1 created, 4 cancelled.');
    expect(Toast.show).toHaveBeenLastCalledWith(
      expect.objectContaining({ message: 'The job was cancelled: 1 created, 4 cancelled.', variant: 'info' }),
      expect.anything()
    );
    jest.useRealTimers();
    await expect(element).toBeAccessible();
  });

  it('follows the job while it runs, adding the new results, and says when it ends', async () => {
    jest.useFakeTimers();
    jobs[DONE_JOB.jobId] = running(DONE_JOB, 1);
    const element = await mount();
    expect(text($(results(element), '.progress'))).toBe('1 of 5 done');
    jobs[DONE_JOB.jobId] = running(DONE_JOB, 3);
    jest.advanceTimersByTime(POLL_MS);
    await flushPromises();
    expect(lastQuery().query).toEqual(expect.objectContaining({ after: 1, limit: 50 }));
    expect(resultRows(element)).toHaveLength(3);
    jobs[DONE_JOB.jobId] = DONE_JOB;
    jest.advanceTimersByTime(POLL_MS);
    await flushPromises();
    expect(resultRows(element)).toHaveLength(5);
    expect(text($(results(element), '.finished'))).toBe('The job finished: 3 created, 2 failed.');
    expect(Toast.show).toHaveBeenLastCalledWith(
      {
        label: 'Creation job finished',
        message: 'The job finished: 3 created, 2 failed.',
        variant: 'warning'
      },
      expect.anything()
    );
    const polls = getJobPage.mock.calls.length;
    jest.advanceTimersByTime(POLL_MS * 5);
    await flushPromises();
    expect(getJobPage.mock.calls.length).toBe(polls);
  });

  it('says contact was lost while following the job, and goes on when asked', async () => {
    jest.useFakeTimers();
    jobs[DONE_JOB.jobId] = running(DONE_JOB, 0);
    const element = await mount();
    getJobPage.mockRejectedValueOnce(new Error('Failed to fetch'));
    jest.advanceTimersByTime(POLL_MS);
    await flushPromises();
    const panel = $(element, 'c-vcc-error-panel.poll-error');
    expect(text($(panel, '[role="alert"]'))).toContain('Lost contact while following the job');
    jobs[DONE_JOB.jobId] = DONE_JOB;
    jest.useRealTimers();
    await expect(element).toBeAccessible();
    $(panel, 'lightning-button.retry').click();
    await flushPromises();
    expect(text($(results(element), '.summary'))).toBe('3 created, 2 failed');
  });

  it('shows a running job with its progress bar and time left', async () => {
    jobs[DONE_JOB.jobId] = running(DONE_JOB, 2);
    const element = await mount();
    expect($(results(element), 'lightning-progress-bar').value).toBe(40);
    expect(text($(results(element), '.progress'))).toBe('2 of 5 done');
    expect($(results(element), '[data-id="time-left"]')).not.toBeNull();
    expect($(results(element), 'button[data-id="cancel-job"]')).not.toBeNull();
  });

  it('stops following the job when the tab goes away', async () => {
    jest.useFakeTimers();
    jobs[DONE_JOB.jobId] = running(DONE_JOB, 0);
    const element = await mount();
    const polls = getJobPage.mock.calls.length;
    document.body.removeChild(element);
    jest.advanceTimersByTime(POLL_MS * 10);
    await flushPromises();
    expect(getJobPage.mock.calls.length).toBe(polls);
  });

  it('shows an empty Jobs list and no results when there is no job yet', async () => {
    listJobs.mockResolvedValue([]);
    const element = await mount();
    expect(results(element)).toBeNull();
    expect(text($(jobList(element), '.empty h3'))).toBe('No jobs yet');
    await expect(element).toBeAccessible();
  });
});
