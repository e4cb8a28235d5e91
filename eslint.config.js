const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const globals = require('globals');
const lwcConfig = require('@salesforce/eslint-config-lwc');
const jestPlugin = require('eslint-plugin-jest');

module.exports = [
  {
    ignores: [
      'node_modules/**',
      'coverage/**',
      '.sf/**',
      '.sfdx/**',
      '.vcc-data/**',
      'dist/**',
      // generated from src/core by npm run build; lint checks its source
      'force-app/main/default/lwc/vccRules/vccRules.js'
    ]
  },
  // LWC bundles and their jest tests
  ...lwcConfig.configs.recommended.map((config) => ({
    ...config,
    files: ['force-app/**/*.js']
  })),
  {
    files: ['force-app/**/__tests__/**/*.js', 'force-app/test/**/*.js'],
    ...jestPlugin.configs['flat/recommended'],
    languageOptions: { globals: { ...globals.node, ...globals.jest } }
  },
  // TypeScript: src and scripts
  ...tseslint.config({
    files: ['src/**/*.ts', 'scripts/**/*.ts'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { globals: globals.node },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }]
    }
  }),
  // configuration files
  {
    files: ['*.js', 'scripts/**/*.js', 'bin/**/*.js'],
    ...js.configs.recommended,
    languageOptions: { sourceType: 'commonjs', globals: globals.node }
  },
  // the local preview's browser modules
  {
    files: ['scripts/preview/**/*.js'],
    ...js.configs.recommended,
    languageOptions: { sourceType: 'module', globals: globals.browser }
  }
];
