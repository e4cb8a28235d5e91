// Registers @sa11y/jest's toBeAccessible() matcher for the LWC tests.
const { setup } = require('@sa11y/jest');

setup();
