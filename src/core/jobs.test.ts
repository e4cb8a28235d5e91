import {
  allComplete,
  countStatuses,
  CREATION_STATUSES,
  isJobUnfinished,
  retryCount,
  RESULT_CODES,
  resultStatus,
  STATUS_COUNT,
  usernameKey,
  type CreationStatus
} from './index';

describe('job counts', () => {
  it('count every status under its own name, adding up to the results', () => {
    const statuses: CreationStatus[] = [...CREATION_STATUSES, 'Created', 'Failed', 'Failed'];
    const counts = countStatuses(statuses.map((status) => ({ status })));
    expect(counts).toEqual({
      created: 2,
      updated: 1,
      alreadyLinked: 1,
      partiallyCreated: 1,
      skipped: 1,
      failed: 3,
      cancelled: 1
    });
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(statuses.length);
  });

  it('refuse a status the contract does not have, rather than lose a result', () => {
    expect(() => countStatuses([{ status: 'Done' as CreationStatus }])).toThrow(
      "Unknown result status 'Done'"
    );
  });

  it('give every result code a status that has a count', () => {
    for (const code of RESULT_CODES) {
      expect(STATUS_COUNT[resultStatus(code)]).toEqual(expect.any(String));
    }
  });

  it('call a job complete only when every user is Created, Updated or AlreadyLinked', () => {
    expect(allComplete([{ status: 'Created' }, { status: 'Updated' }, { status: 'AlreadyLinked' }])).toBe(
      true
    );
    for (const status of ['PartiallyCreated', 'Skipped', 'Failed', 'Cancelled'] as const) {
      expect(allComplete([{ status: 'Created' }, { status }])).toBe(false);
    }
  });
});

describe('retries', () => {
  const counts = {
    ...countStatuses([]),
    created: 4,
    failed: 2,
    partiallyCreated: 1,
    cancelled: 3,
    skipped: 5
  };

  it('take failed, partly created and cancelled users, not created or skipped ones', () => {
    expect(retryCount({ ...counts, status: 'Running', total: 20, processed: 15 })).toBe(6);
  });

  it('also take the users a job that ended never reached, but not while it runs', () => {
    expect(retryCount({ ...counts, status: 'Cancelled', total: 20, processed: 15 })).toBe(11);
    expect(retryCount({ ...counts, status: 'Failed', total: 20, processed: 15 })).toBe(11);
    expect(retryCount({ ...counts, status: 'Queued', total: 20, processed: 15 })).toBe(6);
    expect(
      retryCount({ ...countStatuses([]), status: 'Completed', total: 3, processed: 3, created: 3 })
    ).toBe(0);
  });

  it('call a job unfinished only while it is Queued or Running', () => {
    expect(['Queued', 'Running', 'Completed', 'Failed', 'Cancelled', null].map(isJobUnfinished)).toEqual([
      true,
      true,
      false,
      false,
      false,
      false
    ]);
  });
});

describe('usernameKey', () => {
  it('trims and lower-cases, and gives null for a blank username', () => {
    expect(usernameKey('  Ann.Lee@Example.COM ')).toBe('ann.lee@example.com');
    expect(usernameKey('\t')).toBeNull();
    expect(usernameKey(null)).toBeNull();
  });
});
