const { jestConfig } = require('@salesforce/sfdx-lwc-jest/config');

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
