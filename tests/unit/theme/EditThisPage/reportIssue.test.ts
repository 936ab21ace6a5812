import {describe, expect, it} from 'vitest';
import {reportIssueUrl} from '../../../../src/theme/EditThisPage/reportIssue';

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
});
