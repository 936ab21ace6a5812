/** A "new issue" link on the project's GitHub repository, prefilled for a page. */
export const REPORT_TEMPLATE = 'reportar-problema.md';

export function reportIssueUrl({
  repositoryUrl,
  pageTitle,
  pageUrl,
}: {
  readonly repositoryUrl: string;
  readonly pageTitle: string;
  readonly pageUrl: string;
}): string {
  const url = new URL(`${repositoryUrl.replace(/\/$/, '')}/issues/new`);
  url.searchParams.set('template', REPORT_TEMPLATE);
  url.searchParams.set('labels', 'contenido');
  url.searchParams.set('title', `[${pageTitle}] `);
  url.searchParams.set(
    'body',
    [
      `**Página:** [${pageTitle}](${pageUrl})`,
      '',
      '**¿Qué has encontrado?**',
      '<!-- Un error, un enlace roto, algo confuso, un ejemplo que no funciona... -->',
      '',
      '**¿Dónde exactamente?**',
      '<!-- El apartado o el texto afectado. -->',
      '',
      '**¿Qué esperabas encontrar?**',
      '',
    ].join('\n'),
  );
  return url.href;
}
