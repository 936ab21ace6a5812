import {existsSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {REPORT_TEMPLATE, reportIssueUrl} from '../../../src/feedback/reportIssue';

describe('report a problem', () => {
  it('prefills a new issue with the page title and URL', () => {
    const url = new URL(
      reportIssueUrl({
        repositoryUrl: 'https://github.com/org/repo/',
        pageTitle: 'Capítulo',
        pageUrl: 'https://example.org/capitulo',
      }),
    );
    expect(url.origin + url.pathname).toBe('https://github.com/org/repo/issues/new');
    expect(url.searchParams.get('title')).toBe('[Capítulo] ');
    expect(url.searchParams.get('body')).toContain('[Capítulo](https://example.org/capitulo)');
  });

  it('names an issue template the repository has', () => {
    const template = path.join(__dirname, '../../../.github/ISSUE_TEMPLATE', REPORT_TEMPLATE);
    expect(existsSync(template), template).toBe(true);
  });
});
