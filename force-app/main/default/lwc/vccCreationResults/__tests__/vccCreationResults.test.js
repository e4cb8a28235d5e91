import { createElement } from 'lwc';
import VccCreationResults from 'c/vccCreationResults';
import { resultsToCsv } from 'c/vccRules';
import { DONE_JOB } from '../../vccUserCreation/__tests__/data';

const flush = () => Promise.resolve();
const text = (node) => (node ? node.textContent.replace(/\s+/g, ' ').trim() : null);
const $ = (element, selector) => element.shadowRoot.querySelector(selector);

function mount(job) {
  const element = createElement('c-vcc-creation-results', { is: VccCreationResults });
  element.job = job;
  document.body.appendChild(element);
  return element;
}

describe('c-vcc-creation-results', () => {
  afterEach(() => {
    while (document.body.firstChild) {
      document.body.removeChild(document.body.firstChild);
    }
  });

  it('shows the summary and each user with status, reason and remedy', async () => {
    const element = mount(DONE_JOB);
    await flush();
    expect(text($(element, '.summary'))).toBe('3 created, 2 failed, 0 skipped');
    const rows = [...element.shadowRoot.querySelectorAll('tbody tr')];
    expect(rows.map((row) => text(row.querySelector('.status')))).toEqual([
      'Created',
      'Failed',
      'Created',
      'Failed',
      'Created'
    ]);
    expect(text(rows[1].querySelector('.message'))).toBe(
      'The user has no telephone number. Add a telephone number to the Salesforce user and try again.'
    );
    await expect(element).toBeAccessible();
  });

  it('filters by status', async () => {
    const element = mount(DONE_JOB);
    $(element, 'lightning-combobox').dispatchEvent(
      new CustomEvent('change', { detail: { value: 'Failed' } })
    );
    await flush();
    expect(element.shadowRoot.querySelectorAll('tbody tr')).toHaveLength(2);
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
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('userId,username,status,code,message,agentId,vccUserId');
    expect(lines).toHaveLength(6);
    expect(lines[4]).toBe(
      "005000000000004AAA,daniel.okafor@northwind.example,Failed,VCC_USER_EXISTS,A VCC user already exists with the username 'daniel.okafor@northwind.example'.,2004,"
    );
  });

  it('quotes CSV cells with commas, quotes and line breaks', () => {
    expect(
      resultsToCsv([
        { userId: 'u', username: 'a,b', status: 'Failed', code: 'X', message: 'say "hi"\nnow', agentId: null }
      ])
    ).toBe(
      'userId,username,status,code,message,agentId,vccUserId\r\nu,"a,b",Failed,X,"say ""hi""\nnow",,\r\n'
    );
  });

  it('retries the failed users only', async () => {
    const element = mount(DONE_JOB);
    const handler = jest.fn();
    element.addEventListener('retry', handler);
    await flush();
    $(element, 'lightning-button.retry').click();
    expect(handler.mock.calls[0][0].detail).toEqual({
      userIds: DONE_JOB.results.filter((result) => result.status === 'Failed').map((result) => result.userId)
    });
  });

  it('cannot retry while the job runs or when nothing failed', async () => {
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

  it('says why a job stopped', async () => {
    const element = mount({
      ...DONE_JOB,
      status: 'Failed',
      results: [{ ...DONE_JOB.results[1], code: 'UNAUTHORIZED', message: 'VCC refused the API credentials.' }]
    });
    await flush();
    expect(text($(element, '.job-error'))).toBe('The job stopped: VCC refused the API credentials.');
    await expect(element).toBeAccessible();
  });
});
