import { reduceErrors } from 'c/vccErrors';

describe('c/vccErrors', () => {
  it('reads every error shape into messages', () => {
    expect(reduceErrors({ body: { message: 'Apex said no' }, status: 400 })).toEqual(['Apex said no']);
    expect(reduceErrors([{ body: [{ message: 'one' }, { message: 'two' }] }])).toEqual(['one', 'two']);
    expect(reduceErrors({ body: { pageErrors: [{ message: 'page' }], fieldErrors: {} } })).toEqual(['page']);
    expect(
      reduceErrors({ body: { pageErrors: [], fieldErrors: { Phone: [{ message: 'bad phone' }] } } })
    ).toEqual(['bad phone']);
    expect(reduceErrors(new Error('network down'))).toEqual(['network down']);
    expect(reduceErrors('plain text')).toEqual(['plain text']);
    expect(reduceErrors({ statusText: 'Service Unavailable' })).toEqual(['Service Unavailable']);
  });

  it('never answers with nothing for a real error, and with nothing for none', () => {
    expect(reduceErrors({})).toEqual(['Unknown error']);
    expect(reduceErrors(undefined)).toEqual(['Unknown error']);
    expect(reduceErrors([])).toEqual([]);
  });
});
