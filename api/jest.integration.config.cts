/* Integration tests: the real Nest app over HTTP (supertest) on real PostgreSQL, one database per suite. */
module.exports = {
  displayName: 'api-integration',
  preset: '../jest.preset.js',
  testEnvironment: 'node',
  rootDir: '.',
  testMatch: ['<rootDir>/test/**/*.int-spec.ts'],
  globalSetup: '<rootDir>/test/support/global-setup.mjs',
  globalTeardown: '<rootDir>/test/support/global-teardown.mjs',
  transform: {
    '^.+\\.ts$': [
      'ts-jest',
      {
        tsconfig: '<rootDir>/tsconfig.spec.json',
        // The OpenAPI document is checked too: describe DTOs as the production build does.
        astTransformers: {
          before: [
            {
              path: '<rootDir>/test/support/swagger-transformer.cjs',
              options: { dtoFileNameSuffix: ['.dto.ts'], classValidatorShim: true, introspectComments: true },
            },
          ],
        },
      },
    ],
  },
  moduleFileExtensions: ['ts', 'js'],
  testTimeout: 30000,
  maxWorkers: 2,
};
