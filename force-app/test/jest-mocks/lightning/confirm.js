// LightningConfirm for jest: tests set what open() resolves to.
export default { open: jest.fn() };
