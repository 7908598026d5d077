// swc strips types without checking them (`npm run typecheck` does that once), but must
// emit decorator metadata and keep class names: type-graphql and TypeORM read both.
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      keepClassNames: true,
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

/** @type {import('jest').Config} */
const config = {
  testEnvironment: 'node',
  // jose 6 ships ES modules only: swc turns them into CommonJS for Jest's module system.
  transform: { '^.+\\.ts$': swc, '^.+/node_modules/jose/.+\\.js$': swc },
  transformIgnorePatterns: ['/node_modules/(?!jose/)'],
  setupFiles: ['reflect-metadata'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  modulePathIgnorePatterns: ['<rootDir>/dist/'],
  // End-to-end suites each boot five servers; two workers fit the two cores.
  maxWorkers: 2,
  testTimeout: 60_000,
};

module.exports = config;
