import {describe, expect, it} from 'vitest';
import {llmsTxt, robotsTxt} from '../../../src/plugins/courseFiles';
import {chapters} from '../../../src/data/course';

const chapter18 = chapters.find((c) => c.number === 18)!;

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
