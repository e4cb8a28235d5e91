import getUserListViews from '@salesforce/apex/VccUserCreationController.getUserListViews';
import getViewUsers from '@salesforce/apex/VccUserCreationController.getViewUsers';
import checkUsers from '@salesforce/apex/VccUserCreationController.checkUsers';
import getLatestJob from '@salesforce/apex/VccUserCreationController.getLatestJob';
import { VIEWS, USERS, CHECKS } from './data';
import { flushPromises, $, mount, unmountAll, chooseView } from './helpers';

jest.mock('@salesforce/apex/VccUserCreationController.getUserListViews', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/apex/VccUserCreationController.getViewUsers', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/apex/VccUserCreationController.checkUsers', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/apex/VccUserCreationController.getLatestJob', () => ({ default: jest.fn() }), {
  virtual: true
});

describe('c-vcc-user-creation: ready to take calls', () => {
  beforeEach(() => {
    getUserListViews.mockResolvedValue(VIEWS);
    getLatestJob.mockResolvedValue(null);
    getViewUsers.mockResolvedValue(USERS);
    checkUsers.mockResolvedValue(CHECKS);
  });

  afterEach(() => {
    unmountAll();
    jest.resetAllMocks();
  });

  it('shows the VCC API user panel from the start, and readiness for the chosen view', async () => {
    const element = await mount();
    expect($(element, 'c-vcc-api-user-check')).not.toBeNull();
    expect($(element, 'c-vcc-readiness')).toBeNull();
    await chooseView(element, VIEWS[0].id);
    expect($(element, 'c-vcc-readiness').listViewId).toBe(VIEWS[0].id);
    await expect(element).toBeAccessible();
  });

  it('reads the users again after a readiness fix changed them', async () => {
    const element = await mount();
    await chooseView(element, VIEWS[0].id);
    expect(getViewUsers).toHaveBeenCalledTimes(1);
    $(element, 'c-vcc-readiness').dispatchEvent(new CustomEvent('fixed'));
    await flushPromises();
    expect(getViewUsers).toHaveBeenCalledTimes(2);
    expect(getViewUsers).toHaveBeenLastCalledWith({ listViewId: VIEWS[0].id });
    expect(checkUsers).toHaveBeenCalledTimes(2);
  });
});
