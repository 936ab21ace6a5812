#!/usr/bin/env node
// Writes a short Markdown summary of a CI run: which stage failed and which tests, so a
// contributor sees what broke without reading logs. Used by .github/workflows/ci.yml
// (job summary) and safe to run locally: `node .ci/summary.mjs`.
import {existsSync, readFileSync} from 'node:fs';

const STAGES = ['typecheck', 'lint', 'spell', 'unit', 'build', 'e2e'];
const LABELS = {
  typecheck: 'Tipos (tsc)',
  lint: 'ESLint y Prettier',
  spell: 'Ortografía (cspell)',
  unit: 'Tests unitarios (Vitest)',
  build: 'Build de Docusaurus',
  e2e: 'Recorridos con Playwright',
};
// Playwright's messages carry terminal colours; built from its code point to keep the source plain.
const ANSI_COLOUR = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');
const ICONS = {success: '✅', failure: '❌', skipped: '⏭️', cancelled: '⏹️'};

function readJson(file) {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
}

function playwrightFailures(report) {
  const failures = [];
  const walk = (suite, titles) => {
    for (const child of suite.suites ?? []) walk(child, [...titles, child.title]);
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        if (test.status === 'unexpected') {
          const result = test.results.at(-1);
          const message = (result?.error?.message ?? '').replace(ANSI_COLOUR, '').split('\n')[0];
          failures.push(
            `${[...titles, spec.title].filter(Boolean).join(' › ')} (${spec.file}:${spec.line}): ${message}`,
          );
        }
      }
    }
  };
  for (const suite of report.suites ?? []) walk(suite, []);
  return failures;
}

function vitestFailures(report) {
  return (report.testResults ?? []).flatMap((file) =>
    (file.assertionResults ?? [])
      .filter((test) => test.status === 'failed')
      .map(
        (test) =>
          `${test.fullName} (${file.name.replace(process.cwd() + '/', '')}): ${(test.failureMessages?.[0] ?? '').split('\n')[0]}`,
      ),
  );
}

const lines = ['## Resultado de la comprobación', '', '| etapa | resultado |', '| --- | --- |'];
for (const stage of STAGES) {
  const outcome = process.env[`STAGE_${stage.toUpperCase()}`];
  if (outcome) lines.push(`| ${LABELS[stage]} | ${ICONS[outcome] ?? ''} ${outcome} |`);
}

const e2e = readJson('reports/e2e-results.json');
const unit = readJson('reports/unit-results.json');
const failures = [...(unit ? vitestFailures(unit) : []), ...(e2e ? playwrightFailures(e2e) : [])];
if (e2e) {
  const {expected, unexpected, flaky, skipped} = e2e.stats;
  lines.push(
    '',
    `Playwright: ${expected + flaky} correctos, ${unexpected} fallidos, ${flaky} inestables, ${skipped} omitidos.`,
  );
}
if (failures.length > 0) {
  lines.push('', '### Qué ha fallado', '', ...failures.slice(0, 50).map((f) => `- ${f}`));
  lines.push(
    '',
    'El informe de Playwright (con capturas y trazas) está en los artefactos de esta ejecución.',
  );
}

// Pull requests: the screenshots of the pages they change and the built site, as artifacts.
const shots = readJson('reports/page-screenshots/index.json');
if (shots) {
  lines.push('', '### Páginas que cambia este pull request', '');
  const pages = [...new Map(shots.shots.map((shot) => [shot.path, shot])).values()];
  if (pages.length === 0) lines.push('Ningún `.mdx` de `docs/` cambia: no hay capturas.');
  for (const page of pages) {
    const files = shots.shots.filter((shot) => shot.path === page.path).map((shot) => shot.file);
    lines.push(
      `- \`${page.path}\` (${page.source}): ${files.map((file) => `\`${file}\``).join(', ')}`,
    );
  }
  if (process.env.SCREENSHOTS_URL && pages.length > 0) {
    lines.push(
      '',
      `Capturas a 390 y 1280 px, claro y oscuro: [capturas-de-paginas](${process.env.SCREENSHOTS_URL}).`,
    );
  }
}
if (process.env.SITE_ARTIFACT_URL) {
  lines.push(
    '',
    `Sitio construido: [sitio-construido](${process.env.SITE_ARTIFACT_URL}) (descomprime el archivo y ejecuta \`npx serve sitio-construido\`).`,
  );
}
console.log(lines.join('\n'));
