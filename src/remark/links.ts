/**
 * Checks the links a contributor writes in MDX while they write them: `npm start` included.
 *
 * Docusaurus checks anchors only after a full `npm run build`, and its message explains how to
 * silence the check. Here a link to a heading that does not exist (`[x](#nope)` or
 * `[x](./index.mdx#nope)`) fails the page in the dev server and the build alike, with the file,
 * the line and the anchors that do exist; a link to a missing file gets the same treatment
 * through Docusaurus' `onBrokenMarkdownLinks` hook.
 *
 * Anchors are what Docusaurus generates: heading slugs (its own slugger, explicit
 * `{/* #id *\/}` ids included), `id="…"` written on JSX elements, and the ids the course's
 * components render (the rows of <LanguageDependencyTable>).
 */
import {readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import type {Heading, Link, Root} from 'mdast';
import type {MdxJsxFlowElement, MdxJsxTextElement} from 'mdast-util-mdx-jsx';
import leven from 'leven';
import {toString} from 'mdast-util-to-string';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {visit} from 'unist-util-visit';
import type {VFile} from 'vfile';
import type {OnBrokenMarkdownLinksFunction} from '@docusaurus/types';
import {createSlugger} from '@docusaurus/utils';
import {languageDependencies} from '../data/languageDependencies';
import {ContentError} from './contentError';
import {where} from './mdast';

/** Ids that a component renders by itself, by component name. */
const COMPONENT_ANCHORS: Readonly<Record<string, () => readonly string[]>> = {
  LanguageDependencyTable: () => languageDependencies.map((row) => row.anchor),
};

const EXPLICIT_ID = /^\s*#([\w-]+)\s*$/;

/** Every anchor a page offers, in document order. */
function anchorsOf(tree: Root): string[] {
  const slugger = createSlugger();
  const anchors: string[] = [];
  visit(tree, (node) => {
    if (node.type === 'heading') {
      const heading = node as Heading;
      const last = heading.children.at(-1);
      const comment =
        last?.type === 'mdxTextExpression'
          ? EXPLICIT_ID.exec(last.value.replace(/^\/\*|\*\/$/g, ''))
          : null;
      anchors.push(
        comment?.[1] ??
          slugger.slug(
            toString({
              ...heading,
              children: heading.children.filter((child) => child !== (comment ? last : null)),
            }).trim(),
          ),
      );
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const element = node as MdxJsxFlowElement | MdxJsxTextElement;
      for (const attribute of element.attributes) {
        if (
          attribute.type === 'mdxJsxAttribute' &&
          attribute.name === 'id' &&
          typeof attribute.value === 'string'
        ) {
          anchors.push(attribute.value);
        }
      }
      const rendered = element.name ? COMPONENT_ANCHORS[element.name] : undefined;
      if (rendered) anchors.push(...rendered());
    }
  });
  return anchors;
}

const parser = unified().use(remarkParse).use(remarkMdx);

/** The anchors of another MDX file, or null when it does not parse (its own build says why). */
function anchorsOfFile(filePath: string): string[] | null {
  try {
    return anchorsOf(parser.parse(readFileSync(filePath, 'utf8')));
  } catch {
    return null;
  }
}

/** Up to three existing anchors closest to the broken one, to suggest as the fix. */
function closest(wanted: string, anchors: readonly string[]): string[] {
  return [...new Set(anchors)]
    .map((anchor) => ({anchor, score: leven(wanted, anchor)}))
    .sort((x, y) => x.score - y.score)
    .slice(0, 3)
    .map(({anchor}) => `#${anchor}`);
}

function decode(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

export default function remarkLinks() {
  return (tree: Root, file: VFile): void => {
    const own = anchorsOf(tree);
    const directory = file.path ? path.dirname(file.path) : process.cwd();
    visit(tree, 'link', (node: Link) => {
      const match = /^(?<target>[^#?]*\.mdx?)?(?:\?[^#]*)?#(?<fragment>.+)$/.exec(node.url);
      if (!match?.groups || /^[a-z][\w+.-]*:/i.test(node.url)) return;
      const {target, fragment} = match.groups as {target?: string; fragment: string};
      const anchor = decode(fragment);
      const targetPath = target ? path.resolve(directory, target) : file.path;
      const anchors = target ? anchorsOfFile(targetPath) : own;
      if (anchors === null || anchors.includes(anchor)) return;
      const page = target ? path.relative(file.cwd, targetPath) : 'esta página';
      const suggestions = closest(anchor, anchors);
      throw new ContentError(
        `${where(file, node.position?.start.line)}: el enlace «${node.url}» apunta a un ancla que no existe en ${page}.` +
          (suggestions.length
            ? ` Anclas parecidas que sí existen: ${suggestions.join(', ')}.`
            : '') +
          ' El ancla de un encabezado es su texto en minúsculas, con guiones por espacios y sin signos: «## Cómo se usa --target» → #cómo-se-usa---target.',
      );
    });
  };
}

/** Docusaurus' hook for `[x](./file.mdx)` links whose file does not exist. */
export const onBrokenMarkdownLinks: OnBrokenMarkdownLinksFunction = ({
  sourceFilePath,
  url,
  node,
}) => {
  const docs = readdirSync(path.join(process.cwd(), 'docs')).filter((name) => /\.mdx?$/.test(name));
  const line = node.position?.start.line;
  throw new ContentError(
    `${sourceFilePath}${line ? `:${line}` : ''}: el enlace «${url}» no lleva a ningún archivo. ` +
      `Enlaza el archivo .mdx de la página, relativo a este, por ejemplo «./${docs[0] ?? 'index.mdx'}»; ` +
      `archivos en docs/: ${docs.join(', ')}. Para un capítulo que aún no tiene página, enlaza su vídeo.`,
  );
};
