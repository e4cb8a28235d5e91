const path = require('node:path');
const { jestConfig } = require('@salesforce/sfdx-lwc-jest/config');

// The transform cache lives in the checkout, apart for runs with coverage: the LWC transformer's cache key does not
// say whether a file was instrumented, so a run without coverage would otherwise leave files that a later
// `jest --coverage` reuses uninstrumented ("Coverage data for ./force-app/main/default/lwc/ was not found").
const withCoverage = process.argv.some((arg) => arg === '--coverage' || arg.startsWith('--coverage='));
const cacheDirectory = path.join(__dirname, 'node_modules/.cache', withCoverage ? 'jest-coverage' : 'jest');

module.exports = {
  globalSetup: '<rootDir>/force-app/test/jest-setup/labels.global.js',
  coverageReporters: ['text'],
  collectCoverageFrom: [
    'force-app/main/default/lwc/**/*.js',
    '!force-app/main/default/lwc/vccRules/vccRules.js',
    'src/**/*.ts',
    '!**/*.test.ts',
    '!**/__tests__/**',
    '!src/**/testing.ts',
    '!src/test/**'
  ],
  // The tab's bundles: at least 90% of their lines run under test.
  coverageThreshold: { './force-app/main/default/lwc/': { lines: 90 } },
  projects: [
    {
      displayName: 'ts',
      cacheDirectory,
      preset: 'ts-jest',
      testEnvironment: 'node',
      rootDir: __dirname,
      roots: ['<rootDir>/src', '<rootDir>/scripts'],
      testMatch: ['**/*.test.ts'],
      transform: {
        '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }]
      }
    },
    {
      ...jestConfig,
      displayName: 'lwc',
      cacheDirectory,
      rootDir: __dirname,
      roots: ['<rootDir>/force-app'],
      testMatch: ['**/__tests__/**/*.test.js'],
      moduleNameMapper: {
        '^@salesforce/label/c\\.(.+)$': '<rootDir>/.jest-labels/$1.js',
        '^lightning/confirm$': '<rootDir>/force-app/test/jest-mocks/lightning/confirm.js',
        '^lightning/toast$': '<rootDir>/force-app/test/jest-mocks/lightning/toast.js'
      },
      setupFilesAfterEnv: [
        ...(jestConfig.setupFilesAfterEnv || []),
        '<rootDir>/force-app/test/jest-setup/sa11y.js'
      ],
      testPathIgnorePatterns: ['<rootDir>/node_modules/']
    }
  ]
};
