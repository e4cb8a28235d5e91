// Toast for jest: tests assert what show() was given.
export default { show: jest.fn() };
