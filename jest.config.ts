import type { Config } from 'jest';

// Tests run as native ESM (the packages are ESM), transformed by swc without type checking;
// `pnpm typecheck` checks the types. Workspace imports resolve to sources so tests never see stale builds.
const config: Config = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'es6' } },
    ],
  },
  moduleNameMapper: {
    '^@talkgraph/(errors|transcript|extract|graph|neo4j|testkit)$': '<rootDir>/packages/$1/src/index.ts',
    '^@talkgraph/(extract|graph)/(\\w+)$': '<rootDir>/packages/$1/src/$2.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  testMatch: ['<rootDir>/{packages,apps}/*/test/**/*.test.ts'],
  testTimeout: 30_000,
};

export = config;
