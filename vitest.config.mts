import {defineConfig} from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    benchmark: {include: ['tests/bench/**/*.bench.ts']},
    environment: 'node',
    // The JSON report feeds the CI summary (.ci/summary.mjs).
    reporters: ['default', 'json'],
    outputFile: {json: 'reports/unit-results.json'},
  },
});
