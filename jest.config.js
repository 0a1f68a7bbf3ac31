/** One jest config: api (real database + real HTTP) suites now; admin and e2e join as they land. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/test/tsconfig.json' }],
  },
  testTimeout: 120000,
  setupFiles: ['reflect-metadata'],
};
