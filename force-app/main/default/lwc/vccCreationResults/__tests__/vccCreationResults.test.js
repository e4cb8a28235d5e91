import { createElement } from 'lwc';
import VccCreationResults from 'c/vccCreationResults';
import { resultsToCsv } from 'c/vccRules';
import { DONE_JOB, MIXED_JOB, USERS } from '../../vccUserCreation/__tests__/data';

const flush = () => Promise.resolve();
const text = (node) => (node ? node.textContent.replace(/\s+/g, ' ').trim() : null);
const $ = (element, selector) => element.shadowRoot.querySelector(selector);
const $$ = (element, selector) => [...element.shadowRoot.querySelectorAll(selector)];

function mount(job, props = {}) {
  const element = createElement('c-vcc-creation-results', { is: VccCreationResults });
  element.job = job;
  Object.assign(element, props);
  document.body.appendChild(element);
  return element;
}

const contextOf = (element) =>
  Object.fromEntries($$(element, 'dl.context dt').map((dt) => [text(dt), text(dt.nextElementSibling)]));

describe('c-vcc-creation-results', () => {
  afterEach(() => {
    while (document.body.firstChild) {
      document.body.removeChild(document.body.firstChild);
    }
  });

  it('shows the summary and each user with status, reason and remedy', async () => {
    const element = mount(DONE_JOB);
    await flush();
    expect(text($(element, '.summary'))).toBe('3 created, 2 failed');
    const rows = $$(element, 'tbody tr');
    expect(rows.map((row) => text(row.querySelector('.status')))).toEqual([
      'Created',
      'Failed',
      'Created',
      'Failed',
      'Created'
    ]);
    expect(text(rows[1].querySelector('.reason'))).toBe('No phone number');
    expect(text(rows[1].querySelector('.message p:last-child'))).toBe(
      'The user has no telephone number. Add a telephone number to the Salesforce user and try again.'
    );
    expect(rows[0].querySelector('.reason')).toBeNull();
    expect(text($(element, '.finished'))).toBe('The job finished: 3 created, 2 failed.');
    await expect(element).toBeAccessible();
  });

  it('names the job: template, view, who, when, status and duration', async () => {
    const element = mount(DONE_JOB);
    await flush();
    const context = contextOf(element);
    expect(context.Template).toBe('template.agent@vcc.example');
    expect(context.View).toBe('Seed Example');
    expect(context['Started by']).toBe('Ada Admin');
    expect(context.Started).toBe(
      new Date(DONE_JOB.startedAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })
    );
    expect(context.Status).toBe('Finished');
    expect(context.Duration).toBe('3 min 5 s');
  });

  it('says what was not recorded of an older job, and when results belong to another view', async () => {
    const element = mount(
      { ...DONE_JOB, templateUsername: null, startedBy: null, startedAt: null, finishedAt: null },
      { listViewId: '00B000000000009AAA' }
    );
    await flush();
    const context = contextOf(element);
    expect(context.Template).toBe('Not recorded');
    expect(context.Duration).toBe('Not recorded');
    expect(text($(element, '.other-view'))).toBe(
      'These results belong to the view Seed Example, not to the view chosen above.'
    );
    element.listViewId = DONE_JOB.listViewId;
    await flush();
    expect($(element, '.other-view')).toBeNull();
  });

  it('counts every status in the rows words, and never shows a raw code', async () => {
    const element = mount(MIXED_JOB);
    await flush();
    expect(text($(element, '.summary'))).toBe(
      '1 created, 1 updated, 1 already linked, 1 partly created, 1 skipped, 1 failed, 1 cancelled'
    );
    const rows = $$(element, 'tbody tr');
    expect(rows.map((row) => text(row.querySelector('.status')))).toEqual([
      'Created',
      'Updated',
      'Already linked',
      'Partly created',
      'Skipped',
      'Failed',
      'Cancelled'
    ]);
    expect(text(rows[4].querySelector('.message'))).toBe(
      'Not sent to VCC because of Inactive user. Also fix: Phone number not valid.'
    );
    expect(text(rows[5].querySelector('.reason'))).toBe('VCC not answering');
    expect(text(element.shadowRoot.querySelector('table'))).not.toMatch(/\b[A-Z]+_[A-Z_]+\b/);
    const options = $(element, 'lightning-combobox').options.map((option) => option.label);
    expect(options).toEqual([
      'All',
      'Created',
      'Updated',
      'Already linked',
      'Partly created',
      'Skipped',
      'Failed',
      'Cancelled'
    ]);
    await expect(element).toBeAccessible();
  });

  it('keeps the warnings of a created user on its result', async () => {
    const checks = [
      {
        userId: USERS[0].id,
        issues: [
          {
            code: 'CALL_CENTER_MISSING',
            severity: 'warning',
            message: 'No call center: the softphone will not work until one is set.'
          }
        ]
      },
      {
        userId: USERS[1].id,
        issues: [{ code: 'PHONE_MISSING', severity: 'error', message: 'No phone' }]
      }
    ];
    const element = mount(DONE_JOB, { checks });
    await flush();
    const rows = $$(element, 'tbody tr');
    expect(text(rows[0].querySelector('.warning'))).toBe(
      'No call center: the softphone will not work until one is set.'
    );
    expect(rows[1].querySelector('.warning')).toBeNull();
  });

  it('filters by status', async () => {
    const element = mount(DONE_JOB);
    $(element, 'lightning-combobox').dispatchEvent(
      new CustomEvent('change', { detail: { value: 'Failed' } })
    );
    await flush();
    expect($$(element, 'tbody tr')).toHaveLength(2);
    $(element, 'lightning-combobox').dispatchEvent(
      new CustomEvent('change', { detail: { value: 'Skipped' } })
    );
    await flush();
    expect(text($(element, '.no-rows'))).toBe('No user has this status.');
  });

  it('downloads the results as CSV', async () => {
    const element = mount(DONE_JOB);
    await flush();
    const link = $(element, 'a.download');
    expect(link.getAttribute('download')).toBe(`vcc-results-${DONE_JOB.jobId}.csv`);
    const csv = decodeURIComponent(link.getAttribute('href').replace('data:text/csv;charset=utf-8,', ''));
    expect(csv).toBe(resultsToCsv(DONE_JOB.results));
    expect(csv.trimEnd().split('\r\n')).toHaveLength(6);
  });

  it('retries the users that failed, were partly created or cancelled, with the job template', async () => {
    const element = mount(MIXED_JOB);
    const handler = jest.fn();
    element.addEventListener('retry', handler);
    await flush();
    $(element, 'lightning-button.retry').click();
    expect(handler.mock.calls[0][0].detail).toEqual({
      userIds: [USERS[3].id, '005000000000006AAA', '005000000000007AAA'],
      templateUsername: 'template.agent@vcc.example'
    });
  });

  it('cannot retry while the job runs or when nothing is left to do', async () => {
    const running = mount({ ...DONE_JOB, status: 'Running' });
    await flush();
    expect($(running, 'lightning-button.retry').disabled).toBe(true);
    const fine = mount({
      ...DONE_JOB,
      failed: 0,
      results: DONE_JOB.results.filter((result) => result.status !== 'Failed')
    });
    await flush();
    expect($(fine, 'lightning-button.retry').disabled).toBe(true);
  });

  it('shows progress, the notice while VCC is retried, and Cancel while the job runs', async () => {
    const element = mount({
      ...DONE_JOB,
      status: 'Running',
      processed: 2,
      created: 1,
      failed: 1,
      finishedAt: null,
      notice: 'VCC is not answering, retrying (2 of 5)',
      results: DONE_JOB.results.slice(0, 2)
    });
    const handler = jest.fn();
    element.addEventListener('cancel', handler);
    await flush();
    expect(text($(element, '.progress'))).toBe('2 of 5 done');
    expect(text($(element, '.notice'))).toBe('VCC is not answering, retrying (2 of 5)');
    expect($(element, '.finished')).toBeNull();
    expect(contextOf(element).Status).toBe('Running');
    await expect(element).toBeAccessible();
    $(element, 'lightning-button.cancel').click();
    expect(handler.mock.calls[0][0].detail).toEqual({ jobId: DONE_JOB.jobId });
    element.job = { ...element.job, status: 'Completed', notice: null };
    await flush();
    expect($(element, '.notice')).toBeNull();
    expect($(element, 'lightning-button.cancel')).toBeNull();
  });

  it('says a new job has no results yet, with empty counts', async () => {
    const element = mount({
      ...DONE_JOB,
      status: 'Queued',
      processed: 0,
      created: 0,
      failed: 0,
      results: []
    });
    await flush();
    expect(text($(element, '.summary'))).toBe('0 created');
    expect(text($(element, '.no-rows'))).toBe('No results yet');
  });

  it('says why a job stopped, in plain words', async () => {
    const element = mount({
      ...DONE_JOB,
      status: 'Failed',
      error: 'VCC refused the API credentials (UNAUTHORIZED).'
    });
    await flush();
    expect(text($(element, '.job-error'))).toBe(
      'The job stopped: VCC refused the API credentials (VCC credentials refused).'
    );
    expect($(element, '.finished')).toBeNull();
    await expect(element).toBeAccessible();
  });

  it('says a job stopped without a reason, and a cancelled job says so', async () => {
    const failed = mount({ ...DONE_JOB, status: 'Failed', error: null });
    const cancelled = mount({ ...MIXED_JOB, status: 'Cancelled' });
    await flush();
    expect(text($(failed, '.job-error'))).toBe(
      'The job stopped: The job stopped before every user had a result. Retry the failed users.'
    );
    expect(text($(cancelled, '.finished'))).toMatch(/^The job was cancelled: 1 created, .*1 cancelled\.$/);
  });

  it('shows 200 results at a time', async () => {
    const many = Array.from({ length: 450 }, (_, i) => ({
      ...DONE_JOB.results[0],
      userId: `005${String(i).padStart(12, '0')}AAA`,
      username: `user${i}@northwind.example`
    }));
    const element = mount({
      ...DONE_JOB,
      total: 450,
      processed: 450,
      created: 450,
      failed: 0,
      results: many
    });
    await flush();
    expect($$(element, 'tbody tr')).toHaveLength(200);
    expect(text($(element, '.showing'))).toBe('Showing 200 of 450');
    $(element, 'lightning-button.show-more').click();
    await flush();
    $(element, 'lightning-button.show-more').click();
    await flush();
    expect($$(element, 'tbody tr')).toHaveLength(450);
    expect($(element, '.show-more')).toBeNull();
  });

  it('moves the focus to its heading when asked', async () => {
    const element = mount(DONE_JOB);
    await flush();
    element.focusHeading();
    expect(element.shadowRoot.activeElement).toBe($(element, 'h2'));
  });
});
