import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // graphql ships a CommonJS and an ESM build. Node (and so Apollo Server and
    // type-graphql) loads the CommonJS one; Vite would pick the ESM one for our
    // sources, and graphql refuses to mix the two. Use Node's choice everywhere.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['test/**/*.test.ts'],
    // Decides once per run which Neo4j the engine-neutral suites also run on (or says why none), see test/support/test-engines.ts.
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Suites start servers and embedded graphs: one file at a time keeps a 2-core machine responsive.
    fileParallelism: false,
    reporters: ['default'],
  },
});
