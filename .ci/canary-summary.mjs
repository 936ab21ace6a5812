#!/usr/bin/env node
/**
 * The canary's summary (.github/workflows/canary.yml): which entries of src/overrides/ledger.ts
 * the next Docusaurus breaks, read from the ledger guard's Vitest JSON report, plus how the
 * build and the other unit tests went. Markdown on stdout.
 */
import {existsSync, readFileSync} from 'node:fs';

const [reportFile, buildOutcome = 'unknown', versions = ''] = process.argv.slice(2);
const lines = ['## Docusaurus canary', '', `Installed: ${versions || 'unknown'}`, ''];
lines.push(`Build: **${buildOutcome}**`, '');

if (!reportFile || !existsSync(reportFile)) {
  lines.push('The ledger guard did not run (no report).');
} else {
  const report = JSON.parse(readFileSync(reportFile, 'utf8'));
  const failed = report.testResults
    .flatMap((file) => file.assertionResults)
    .filter((test) => test.status === 'failed');
  const entries = new Map();
  for (const test of failed) {
    const id = /^([a-z0-9-]+): /.exec(test.title)?.[1] ?? test.title;
    const message = (test.failureMessages[0] ?? '').split('\n')[0];
    if (!entries.has(id)) entries.set(id, message);
  }
  lines.push(
    entries.size === 0
      ? 'Ledger: every entry still matches its upstream file.'
      : `Ledger: ${entries.size} entr${entries.size === 1 ? 'y' : 'ies'} to review:`,
  );
  for (const [id, message] of entries) lines.push(`- \`${id}\`: ${message}`);
}
console.log(lines.join('\n'));
