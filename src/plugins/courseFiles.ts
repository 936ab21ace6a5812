/**
 * Local Docusaurus plugin: after the build, writes files made from the course data rather than
 * kept by hand: robots.txt (pointing at the sitemap) and llms.txt (a plain-text map of the
 * course for language models, https://llmstxt.org/).
 */
import {writeFile} from 'node:fs/promises';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {chapterPageId, chapters, chaptersWithPage, course} from '../data/course';
import {youtubeWatchUrl} from '../youtube/youtube';
import {COURSE_DESCRIPTION} from '../seo/structuredData';

export function llmsTxt(siteUrl: string, chapterDescriptions: ReadonlyMap<string, string>): string {
  const lines = [
    `# ${course.title}`,
    '',
    `> ${COURSE_DESCRIPTION}`,
    '',
    'Curso en español, en vídeo; los capítulos con página tienen además el texto completo,',
    'ejemplos de Dockerfile validados y una autoevaluación.',
    '',
    '## Capítulos con texto',
    '',
    ...chaptersWithPage.flatMap((chapter) => {
      const link = (path: string, label: string, indent = ''): string => {
        const description = chapterDescriptions.get(path);
        return `${indent}- [${label}](${new URL(path, siteUrl).href})${description ? `: ${description}` : ''}`;
      };
      return [
        link(chapter.slug, `${chapter.number}. ${chapter.title}`),
        ...(chapter.pages ?? []).map((page) =>
          link(chapterPageId(chapter, page), page.title, '  '),
        ),
      ];
    }),
    '',
    '## Vídeos del curso',
    '',
    `- [Lista de reproducción completa](${course.playlistUrl})`,
    ...chapters.map(
      (chapter) => `- [${chapter.number}. ${chapter.title}](${youtubeWatchUrl(chapter.youtubeId)})`,
    ),
    '',
    '## Opcional',
    '',
    `- [Índice del curso](${siteUrl})`,
    `- [Mapa del sitio](${new URL('sitemap.xml', siteUrl).href})`,
    '',
  ];
  return lines.join('\n');
}

export function robotsTxt(siteUrl: string): string {
  return [
    'User-agent: *',
    'Allow: /',
    '',
    `Sitemap: ${new URL('sitemap.xml', siteUrl).href}`,
    '',
  ].join('\n');
}

interface DocLike {
  readonly slug?: string;
  readonly description?: string;
}

export default function courseFilesPlugin(context: LoadContext): Plugin {
  return {
    name: 'course-files',
    async postBuild({outDir, content, plugins}) {
      void content;
      const siteUrl = new URL(context.siteConfig.baseUrl, context.siteConfig.url).href;
      const docsPlugin = plugins.find((plugin) => plugin.name === 'docusaurus-plugin-content-docs');
      const versions =
        (docsPlugin?.content as {loadedVersions?: {docs: DocLike[]}[]} | undefined)
          ?.loadedVersions ?? [];
      const descriptions = new Map<string, string>();
      for (const doc of versions.flatMap((version) => version.docs)) {
        if (doc.slug && doc.description)
          descriptions.set(doc.slug.replace(/^\//, ''), doc.description);
      }
      await writeFile(path.join(outDir, 'robots.txt'), robotsTxt(siteUrl));
      await writeFile(path.join(outDir, 'llms.txt'), llmsTxt(siteUrl, descriptions));
    },
  };
}
