import {describe, expect, it} from 'vitest';
import {countWords, readingMinutes} from '../../src/remark/readingTimeCount';
import {courseJsonLd, videoJsonLd} from '../../src/seo/structuredData';
import {reportIssueUrl} from '../../src/theme/EditThisPage/reportIssue';
import {llmsTxt, robotsTxt} from '../../src/plugins/courseFiles';
import {chapters, course} from '../../src/data/course';

const chapter18 = chapters.find((c) => c.number === 18)!;

describe('reading time', () => {
  it('counts words, not punctuation', () => {
    expect(countWords('Hola, mundo — ¿qué tal?  ')).toBe(4);
    expect(countWords('')).toBe(0);
  });
  it('rounds up, never below one minute, and weighs code lines', () => {
    expect(readingMinutes(0, 0)).toBe(1);
    expect(readingMinutes(200, 0)).toBe(1);
    expect(readingMinutes(201, 0)).toBe(2);
    expect(readingMinutes(190, 4)).toBe(2);
  });
});

describe('JSON-LD', () => {
  it('describes the course, and the chapter with its video when given one', () => {
    const data = courseJsonLd(course, 'https://example.org/', {
      chapter: chapter18,
      page: {url: 'https://example.org/x', title: 'T', description: 'D'},
    });
    expect(data).toMatchObject({'@type': 'Course', inLanguage: 'es', isAccessibleForFree: true});
    expect(data.hasPart).toMatchObject({position: 18, video: {'@type': 'VideoObject'}});
    expect(courseJsonLd(course, 'https://example.org/').hasPart).toBeUndefined();
  });
  it('embeds through youtube-nocookie and claims no upload date', () => {
    const video = videoJsonLd(chapter18, 'D');
    expect(video.embedUrl).toBe('https://www.youtube-nocookie.com/embed/6p-z8ozXlqM');
    expect(video).not.toHaveProperty('uploadDate');
  });
});

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

describe('generated files', () => {
  it('llms.txt maps the course from its data', () => {
    const text = llmsTxt('https://example.org/', new Map([[chapter18.slug, 'Descripción.']]));
    expect(text.startsWith('# Curso de Docker\n')).toBe(true);
    expect(text).toContain(
      `- [18. Dockerfiles Multi-Stage y Distroless](https://example.org/${chapter18.slug}): Descripción.`,
    );
    for (const c of chapters) expect(text).toContain(c.youtubeId);
    // A chapter's further pages follow it, indented.
    expect(text).toContain(
      `\n  - [Recetas por lenguaje](https://example.org/${chapter18.slug}/recetas)`,
    );
  });
  it('robots.txt points at the sitemap', () => {
    expect(robotsTxt('https://example.org/base/')).toContain(
      'Sitemap: https://example.org/base/sitemap.xml',
    );
  });
});
