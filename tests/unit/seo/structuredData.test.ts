import {describe, expect, it} from 'vitest';
import {courseJsonLd, videoJsonLd} from '../../../src/seo/structuredData';
import {chapters, course} from '../../../src/data/course';

const chapter18 = chapters.find((c) => c.number === 18)!;

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
