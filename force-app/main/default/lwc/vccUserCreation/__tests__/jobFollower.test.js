import { JobFollower, POLL_MS, PAGE_SIZE, MAX_FOLLOWED } from '../jobFollower';
import getJobPage from '@salesforce/apex/VccUserCreationController.getJobPage';
import listJobs from '@salesforce/apex/VccUserCreationController.listJobs';
import cancelJob from '@salesforce/apex/VccUserCreationController.cancelJob';
import retryJob from '@salesforce/apex/VccUserCreationController.retryJob';
import LightningConfirm from 'lightning/confirm';
import Toast from 'lightning/toast';
import { DONE_JOB, MIXED_JOB, apexError } from './data';
import { serveJobs, pageOf, jobWith, manyResults } from './jobPages';

jest.mock('@salesforce/apex/VccUserCreationController.getJobPage', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/apex/VccUserCreationController.listJobs', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/apex/VccUserCreationController.cancelJob', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/apex/VccUserCreationController.retryJob', () => ({ default: jest.fn() }), {
  virtual: true
});

const flushPromises = () =>
  [1, 2, 3, 4, 5, 6, 7, 8].reduce((promise) => promise.then(() => undefined), Promise.resolve());

/** What the follower needs of the tab: a job to show, errors by source, and a word when the job ends. */
class Tab {
  job = null;
  errors = {};
  ended = 0;
  setError(source, error) {
    this.errors[source] = error;
  }
  jobEnded() {
    this.ended++;
  }
}

const JOB_ID = DONE_JOB.jobId;
const RETRY_ID = 'a01000000000009AAA';
const queries = () => getJobPage.mock.calls.map(([call]) => call.query);
const lastQuery = () => getJobPage.mock.calls[getJobPage.mock.calls.length - 1][0].query;

/** A job running on the server: `done` of its `total` users have a result, one in `failedEvery` failed. */
function runningJob(total, done, failedEvery = 0) {
  const results = manyResults(DONE_JOB, done, failedEvery);
  return jobWith(DONE_JOB, results, { status: 'Running', total, finishedAt: null });
}

describe('the job follower', () => {
  let tab;
  let follower;
  let jobs;

  beforeEach(() => {
    jest.useFakeTimers();
    tab = new Tab();
    follower = new JobFollower(tab);
    follower.connect();
    jobs = {};
    getJobPage.mockImplementation(serveJobs(jobs));
  });

  afterEach(() => {
    follower.disconnect();
    jest.resetAllMocks();
    jest.useRealTimers();
  });

  it('opens a job with one page of its results, and says when more match', async () => {
    jobs[JOB_ID] = jobWith(DONE_JOB, manyResults(DONE_JOB, 120));
    await follower.open(JOB_ID);
    expect(getJobPage).toHaveBeenCalledWith({ jobId: JOB_ID, query: { after: 0, limit: 50, status: null } });
    expect(tab.job.rows).toHaveLength(PAGE_SIZE);
    expect(tab.job.rows[0].sequence).toBe(1);
    expect(tab.job).toMatchObject({ created: 120, matching: 120, hasMore: true, loading: false });
    jest.advanceTimersByTime(POLL_MS * 3);
    await flushPromises();
    expect(getJobPage).toHaveBeenCalledTimes(1);
  });

  it('polls after the last row, since the last answer, and adds only the new rows', async () => {
    jobs[JOB_ID] = runningJob(10, 3);
    await follower.open(JOB_ID);
    const first = tab.job.version;
    expect(tab.job.rows).toHaveLength(3);
    jobs[JOB_ID] = runningJob(10, 5);
    jest.advanceTimersByTime(POLL_MS);
    await flushPromises();
    expect(lastQuery()).toEqual({ after: 3, limit: 50, status: null, since: first });
    expect(tab.job.rows.map((row) => row.sequence)).toEqual([1, 2, 3, 4, 5]);
    expect(tab.job.processed).toBe(5);
  });

  it('adds nothing when nothing changed', async () => {
    jobs[JOB_ID] = runningJob(10, 3);
    await follower.open(JOB_ID);
    const rows = tab.job.rows;
    jest.advanceTimersByTime(POLL_MS);
    await flushPromises();
    jest.advanceTimersByTime(POLL_MS);
    await flushPromises();
    expect(getJobPage).toHaveBeenCalledTimes(3);
    expect(queries()[2].since).toBe(tab.job.version);
    expect(tab.job.rows).toBe(rows);
    expect(tab.job.rows).toHaveLength(3);
  });

  it('asks for counts only once 200 rows are shown, and each poll of a 10,000-user job stays under 20 KB', async () => {
    jobs[JOB_ID] = runningJob(10000, 20);
    await follower.open(JOB_ID);
    const sizes = [];
    for (let done = 80; tab.job.rows.length < MAX_FOLLOWED; done += 60) {
      jobs[JOB_ID] = runningJob(10000, done);
      jest.advanceTimersByTime(POLL_MS);
      // polls follow one another
      // eslint-disable-next-line no-await-in-loop
      await flushPromises();
      sizes.push(JSON.stringify(pageOf(jobs[JOB_ID], lastQuery())).length);
    }
    expect(tab.job.rows).toHaveLength(MAX_FOLLOWED);
    expect(
      queries()
        .slice(1)
        .every((query) => query.limit <= PAGE_SIZE)
    ).toBe(true);
    jobs[JOB_ID] = runningJob(10000, 5000);
    jest.advanceTimersByTime(POLL_MS);
    await flushPromises();
    expect(lastQuery()).toEqual(expect.objectContaining({ after: MAX_FOLLOWED, limit: 0 }));
    sizes.push(JSON.stringify(pageOf(jobs[JOB_ID], lastQuery())).length);
    expect(tab.job.rows).toHaveLength(MAX_FOLLOWED);
    expect(tab.job).toMatchObject({ processed: 5000, matching: 5000, hasMore: true });
    expect(Math.max(...sizes)).toBeLessThan(20 * 1024);
  });

  it('follows new rows up to 200, then asks for counts only, and Show more pages after the last row', async () => {
    jobs[JOB_ID] = runningJob(500, 300);
    await follower.open(JOB_ID);
    for (const shownRows of [100, 150, 200]) {
      jest.advanceTimersByTime(POLL_MS);
      // eslint-disable-next-line no-await-in-loop
      await flushPromises();
      expect(lastQuery()).toEqual({ after: shownRows - 50, limit: 50, status: null, since: null });
      expect(tab.job.rows).toHaveLength(shownRows);
    }
    jest.advanceTimersByTime(POLL_MS);
    await flushPromises();
    expect(lastQuery()).toEqual(expect.objectContaining({ after: 200, limit: 0 }));
    expect(tab.job.hasMore).toBe(true);
    await follower.showMore();
    expect(lastQuery()).toEqual({ after: 200, limit: 50, status: null });
    expect(tab.job.rows.map((row) => row.sequence).slice(198, 202)).toEqual([199, 200, 201, 202]);
    await follower.showMore();
    expect(tab.job.rows).toHaveLength(300);
    expect(tab.job.hasMore).toBe(false);
    jobs[JOB_ID] = runningJob(500, 310);
    jest.advanceTimersByTime(POLL_MS);
    await flushPromises();
    expect(lastQuery()).toEqual(expect.objectContaining({ after: 300, limit: 0 }));
    expect(tab.job.rows).toHaveLength(300);
    expect(tab.job).toMatchObject({ processed: 310, hasMore: true });
  });

  it('reads the first page again for a status filter, and keeps it while it polls', async () => {
    jobs[JOB_ID] = runningJob(100, 30, 3);
    await follower.open(JOB_ID);
    await follower.setFilter('problems');
    expect(lastQuery()).toEqual({ after: 0, limit: 50, status: 'problems' });
    expect(tab.job.filter).toBe('problems');
    expect(tab.job.rows.every((row) => row.status === 'Failed')).toBe(true);
    expect(tab.job.rows).toHaveLength(10);
    expect(tab.job.matching).toBe(10);
    jobs[JOB_ID] = runningJob(100, 34, 3);
    jest.advanceTimersByTime(POLL_MS);
    await flushPromises();
    expect(lastQuery()).toEqual(expect.objectContaining({ after: 28, status: 'problems' }));
    expect(tab.job.rows.map((row) => row.sequence).slice(-2)).toEqual([31, 34]);
    await follower.setFilter(null);
    expect(tab.job.rows).toHaveLength(34);
  });

  it('forgets an answer for a filter the admin has left', async () => {
    jobs[JOB_ID] = runningJob(100, 30, 3);
    await follower.open(JOB_ID);
    const slow = follower.setFilter('Failed');
    const fast = follower.setFilter('Created');
    await Promise.all([slow, fast]);
    expect(tab.job.filter).toBe('Created');
    expect(tab.job.rows.every((row) => row.status === 'Created')).toBe(true);
  });

  it('says when the job ends, and stops asking', async () => {
    jobs[JOB_ID] = runningJob(5, 2);
    await follower.open(JOB_ID);
    jobs[JOB_ID] = DONE_JOB;
    jest.advanceTimersByTime(POLL_MS);
    await flushPromises();
    expect(tab.job.status).toBe('Completed');
    expect(tab.job.rows).toHaveLength(5);
    expect(tab.ended).toBe(1);
    expect(Toast.show).toHaveBeenLastCalledWith(
      {
        label: 'Creation job finished',
        message: 'The job finished: 3 created, 2 failed.',
        variant: 'warning'
      },
      tab
    );
    jest.advanceTimersByTime(POLL_MS * 5);
    await flushPromises();
    expect(getJobPage).toHaveBeenCalledTimes(2);
  });

  it('says contact was lost, and goes on when asked', async () => {
    jobs[JOB_ID] = runningJob(5, 2);
    await follower.open(JOB_ID);
    getJobPage.mockRejectedValueOnce(new Error('Failed to fetch'));
    jest.advanceTimersByTime(POLL_MS);
    await flushPromises();
    expect(tab.errors.poll.message).toBe('Failed to fetch');
    jobs[JOB_ID] = DONE_JOB;
    await follower.resume();
    expect(tab.errors.poll).toBeUndefined();
    expect(tab.job.status).toBe('Completed');
  });

  it('retries a job on the server and says which job it retries', async () => {
    jobs[JOB_ID] = DONE_JOB;
    jobs[RETRY_ID] = { ...DONE_JOB, jobId: RETRY_ID, retryOf: JOB_ID };
    await follower.open(JOB_ID);
    retryJob.mockResolvedValue({ jobId: RETRY_ID, total: 2 });
    await follower.retry(JOB_ID);
    expect(retryJob).toHaveBeenCalledWith({ jobId: JOB_ID });
    expect(Toast.show).toHaveBeenLastCalledWith(
      expect.objectContaining({ message: expect.stringMatching(/^Retrying 2 users/), variant: 'info' }),
      tab
    );
    expect(tab.job).toMatchObject({
      jobId: RETRY_ID,
      status: 'Queued',
      total: 2,
      processed: 0,
      created: 0,
      retryOf: JOB_ID,
      templateUsername: DONE_JOB.templateUsername,
      listViewId: DONE_JOB.listViewId,
      rows: []
    });
    await flushPromises();
    expect(getJobPage).toHaveBeenLastCalledWith({
      jobId: JOB_ID,
      query: { after: 0, limit: 0, status: null }
    });
    expect(tab.job.retryOfStartedAt).toBe(DONE_JOB.startedAt);
  });

  it('lets a refused retry reach the tab', async () => {
    retryJob.mockRejectedValue(apexError('Nothing to retry: every user of the job is done.'));
    await expect(follower.retry(JOB_ID)).rejects.toEqual(
      apexError('Nothing to retry: every user of the job is done.')
    );
    expect(tab.job).toBeNull();
  });

  it('shows the most recent job when the tab opens, unless a job is shown already', async () => {
    jobs[MIXED_JOB.jobId] = MIXED_JOB;
    listJobs.mockResolvedValue([{ ...MIXED_JOB, results: [] }]);
    await follower.loadLatest();
    expect(listJobs).toHaveBeenCalledWith({ rowLimit: 1 });
    expect(tab.job).toMatchObject({ jobId: MIXED_JOB.jobId, matching: 7 });
    expect(tab.job.rows).toHaveLength(7);
    const other = new Tab();
    other.job = { jobId: 'x', status: 'Completed' };
    await new JobFollower(other).loadLatest();
    expect(other.job.jobId).toBe('x');
  });

  it('cancels a job of the list after asking, and the shown job when it is that one', async () => {
    jobs[JOB_ID] = runningJob(5, 1);
    await follower.open(JOB_ID);
    LightningConfirm.open.mockResolvedValueOnce(false).mockResolvedValue(true);
    cancelJob
      .mockResolvedValueOnce({ ...DONE_JOB, jobId: 'a01000000000008AAA', status: 'Cancelled' })
      .mockResolvedValueOnce({ ...jobs[JOB_ID], status: 'Cancelled', cancelled: 4 });
    await follower.cancel(JOB_ID);
    expect(cancelJob).not.toHaveBeenCalled();
    await follower.cancel('a01000000000008AAA');
    expect(cancelJob).toHaveBeenLastCalledWith({ jobId: 'a01000000000008AAA' });
    expect(tab.job.status).toBe('Running');
    await follower.cancel();
    expect(cancelJob).toHaveBeenLastCalledWith({ jobId: JOB_ID });
    expect(tab.job.status).toBe('Cancelled');
    expect(tab.job.rows).toHaveLength(1);
    expect(tab.ended).toBe(1);
    expect(Toast.show).toHaveBeenLastCalledWith(
      expect.objectContaining({ message: 'The job was cancelled: 1 created, 4 cancelled.', variant: 'info' }),
      tab
    );
  });
});
