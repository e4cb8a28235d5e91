import getUserListViews from '@salesforce/apex/VccUserCreationController.getUserListViews';
import getViewPage from '@salesforce/apex/VccUserCreationController.getViewPage';
import getLatestJob from '@salesforce/apex/VccUserCreationController.getLatestJob';
import { VIEWS, viewPage } from './data';
import { flushPromises, $, mount, unmountAll, chooseView } from './helpers';

jest.mock('@salesforce/apex/VccUserCreationController.getUserListViews', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/apex/VccUserCreationController.getViewPage', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/apex/VccUserCreationController.getLatestJob', () => ({ default: jest.fn() }), {
  virtual: true
});

describe('c-vcc-user-creation: ready to take calls', () => {
  beforeEach(() => {
    getUserListViews.mockResolvedValue(VIEWS);
    getLatestJob.mockResolvedValue(null);
    getViewPage.mockResolvedValue(viewPage());
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
    expect(getViewPage).toHaveBeenCalledTimes(1);
    $(element, 'c-vcc-readiness').dispatchEvent(new CustomEvent('fixed'));
    await flushPromises();
    expect(getViewPage).toHaveBeenCalledTimes(2);
    expect(getViewPage).toHaveBeenLastCalledWith(expect.objectContaining({ listViewId: VIEWS[0].id }));
  });
});
