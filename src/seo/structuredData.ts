/**
 * schema.org JSON-LD for course pages: the course as a `Course`, each chapter with text as part of
 * it, and the chapter's video as a `VideoObject`. The thumbnail URL is metadata for search
 * engines: the page itself never requests it.
 */
import type {Chapter, Course} from '../data/types';
import {youtubeEmbedUrl, youtubeWatchUrl} from '../youtube/youtube';

const COURSE_AUTHOR = {name: 'pabpereza', url: 'https://github.com/pabpereza'} as const;
export const COURSE_DESCRIPTION =
  'Curso de Docker gratuito y en español, con vídeos: de los contenedores a los Dockerfiles multi-stage y distroless.';

interface PageInfo {
  readonly url: string;
  readonly title: string;
  readonly description: string;
}

export function courseJsonLd(
  course: Course,
  siteUrl: string,
  chapterPage?: {readonly chapter: Chapter; readonly page: PageInfo},
): Record<string, unknown> {
  const provider = {'@type': 'Person', name: COURSE_AUTHOR.name, url: COURSE_AUTHOR.url};
  const data: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'Course',
    name: course.title,
    description: COURSE_DESCRIPTION,
    url: siteUrl,
    inLanguage: 'es',
    isAccessibleForFree: true,
    provider,
    offers: {'@type': 'Offer', price: 0, priceCurrency: 'EUR', category: 'Free'},
    hasCourseInstance: {'@type': 'CourseInstance', courseMode: 'Online'},
  };
  if (chapterPage) {
    const {chapter, page} = chapterPage;
    data.hasPart = {
      '@type': 'LearningResource',
      name: page.title,
      description: page.description,
      url: page.url,
      inLanguage: 'es',
      position: chapter.number,
      isAccessibleForFree: true,
      video: videoJsonLd(chapter, page.description),
    };
  }
  return data;
}

export function videoJsonLd(chapter: Chapter, description: string): Record<string, unknown> {
  return {
    '@type': 'VideoObject',
    name: chapter.title,
    description,
    thumbnailUrl: `https://i.ytimg.com/vi/${chapter.youtubeId}/hqdefault.jpg`,
    embedUrl: youtubeEmbedUrl(chapter.youtubeId),
    url: youtubeWatchUrl(chapter.youtubeId),
    inLanguage: 'es',
  };
}
