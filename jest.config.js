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

/** What both tiers share: TypeScript from source through swc, no build. */
const common = {
  testEnvironment: 'node',
  // jose 6 ships ES modules only: swc turns them into CommonJS for Jest's module system.
  transform: { '^.+\\.ts$': swc, '^.+/node_modules/jose/.+\\.js$': swc },
  transformIgnorePatterns: ['/node_modules/(?!jose/)'],
  setupFiles: ['reflect-metadata'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  modulePathIgnorePatterns: ['<rootDir>/dist/'],
};

/** @type {import('jest').Config} */
const config = {
  projects: [
    {
      ...common,
      // Tests beside the code they test: pure functions and in-process servers, no dist/
      // and no child processes, so `npm run test:unit` needs no build and takes seconds.
      displayName: 'unit',
      testMatch: ['<rootDir>/{shared,gateway,subgraphs,scripts,demo,examples}/**/*.test.ts'],
    },
    {
      ...common,
      // Whole stacks over real HTTP; some suites start the built servers from dist/.
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/**/*.test.ts'],
    },
  ],
  // End-to-end suites each boot five servers; two workers fit the two cores.
  maxWorkers: 2,
  testTimeout: 60_000,
};

module.exports = config;
