#!/usr/bin/env node
/**
 * `npm run new-chapter -- <number>`: gives a chapter of the course its page.
 *
 * Touches exactly two files: creates docs/<slug>.mdx from the chapter's entry in
 * src/data/course.ts (exact title, slug, sidebar label, video, outline, back link) and flips that
 * entry's `hasPage` to true. Everything else (sidebar, navbar, footer, course index, llms.txt,
 * tests) reads the course data. course.ts is read with the TypeScript parser and edited at the
 * one `false` that changes, so its formatting and comments stay as they are.
 */
import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import * as prettier from 'prettier';
import ts from 'typescript';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const COURSE_FILE = path.join(ROOT, 'src/data/course.ts');

function fail(message) {
  console.error(`new-chapter: ${message}`);
  process.exit(1);
}

/** The chapter entries of course.ts: their string/number/boolean fields and where hasPage is. */
function readChapters(source) {
  const file = ts.createSourceFile(COURSE_FILE, source, ts.ScriptTarget.Latest, true);
  const chapters = [];
  const visit = (node) => {
    if (ts.isObjectLiteralExpression(node)) {
      const fields = {};
      let hasPageNode;
      for (const property of node.properties) {
        if (!ts.isPropertyAssignment(property) || !ts.isIdentifier(property.name)) continue;
        const {initializer} = property;
        const key = property.name.text;
        if (ts.isStringLiteralLike(initializer)) fields[key] = initializer.text;
        else if (ts.isNumericLiteral(initializer)) fields[key] = Number(initializer.text);
        else if (initializer.kind === ts.SyntaxKind.TrueKeyword) fields[key] = true;
        else if (initializer.kind === ts.SyntaxKind.FalseKeyword) fields[key] = false;
        if (key === 'hasPage') hasPageNode = initializer;
      }
      if (typeof fields.number === 'number' && typeof fields.slug === 'string' && hasPageNode) {
        chapters.push({...fields, hasPageNode});
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return chapters;
}

/** YAML needs quotes for a title with ": ", "#" or a leading symbol; JSON strings are YAML. */
const yamlString = (value) =>
  /^[\p{L}\d¿¡]/u.test(value) && !/[:#]/.test(value) ? value : JSON.stringify(value);

export function chapterPage(chapter) {
  const {number, title, sidebarLabel, slug, youtubeId} = chapter;
  return `---
title: ${yamlString(title)}
description: >-
  Capítulo ${number} del Curso de Docker en español, con su vídeo: ${title}.
sidebar_label: ${yamlString(`${number}. ${sidebarLabel}`)}
slug: ${slug}
keywords:
  - docker
  - contenedores
image: /img/curso-docker-social.png
---

# ${title}

<YouTubeVideo id="${youtubeId}" title=${JSON.stringify(title)} kicker="Curso de Docker · Capítulo ${number}" />

---

## Sigue el curso

<CourseOutline current={${number}} />

[Volver al índice](./index.mdx#índice)
`;
}

async function main(argv) {
  const [arg] = argv;
  const number = Number(arg);
  if (!arg || !Number.isInteger(number)) {
    fail(
      'falta el número del capítulo. Uso: npm run new-chapter -- <número>, por ejemplo: npm run new-chapter -- 1',
    );
  }
  const source = readFileSync(COURSE_FILE, 'utf8');
  const chapters = readChapters(source);
  const chapter = chapters.find((entry) => entry.number === number);
  if (!chapter) {
    fail(
      `src/data/course.ts no tiene el capítulo ${number}; los capítulos van del ${chapters[0]?.number} al ${chapters.at(-1)?.number}.`,
    );
  }
  const page = path.join(ROOT, 'docs', `${chapter.slug}.mdx`);
  const relativePage = path.relative(ROOT, page);
  if (chapter.hasPage || existsSync(page)) {
    fail(
      `el capítulo ${number} ya tiene página: ${relativePage}${chapter.hasPage ? '' : ' existe, pero hasPage es false en src/data/course.ts'}.`,
    );
  }
  const options = await prettier.resolveConfig(page);
  writeFileSync(page, await prettier.format(chapterPage(chapter), {...options, filepath: page}));
  const at = chapter.hasPageNode.getStart();
  writeFileSync(
    COURSE_FILE,
    `${source.slice(0, at)}true${source.slice(chapter.hasPageNode.getEnd())}`,
  );
  console.log(`Creado ${relativePage} y marcado hasPage: true en src/data/course.ts (capítulo ${number}).
Siguientes pasos:
  1. npm start (reinícialo si ya estaba en marcha: la barra lateral, la de navegación y el
     pie leen src/data/course.ts al arrancar) y abre http://localhost:3000/${chapter.slug}
  2. escribe el capítulo en ${relativePage}, entre el título y el vídeo o después de él
     (CONTRIBUTING.md explica los componentes y el glosario); cambia la descripción del
     front matter por un resumen de una o dos frases y añade palabras clave
  3. npm run format && npm test`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main(process.argv.slice(2));
}
