import {existsSync, readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import {describe, expect, it} from 'vitest';
import {chapterPageId, chapters, course, labChapter} from '../../../src/data/course';
import type {Chapter} from '../../../src/data/types';

const DOCS_DIR = path.join(__dirname, '../../../docs');

function frontMatterBySlug(): Map<string, {file: string; data: Record<string, unknown>}> {
  const bySlug = new Map<string, {file: string; data: Record<string, unknown>}>();
  for (const file of readdirSync(DOCS_DIR).filter((name) => /\.mdx?$/.test(name))) {
    const {data} = matter(readFileSync(path.join(DOCS_DIR, file), 'utf8'));
    if (typeof data.slug === 'string') bySlug.set(data.slug, {file, data});
  }
  return bySlug;
}

describe('course data', () => {
  it('numbers the chapters 1..18 in order', () => {
    expect(chapters.map((c) => c.number)).toEqual(Array.from({length: 18}, (_, i) => i + 1));
  });

  it('has unique slugs and video ids', () => {
    expect(new Set(chapters.map((c) => c.slug)).size).toBe(chapters.length);
    expect(new Set(chapters.map((c) => c.youtubeId)).size).toBe(chapters.length);
  });

  it('points at the course playlist from the course facts', () => {
    expect(course.playlistId).toBe('PLQhxXeq1oc2n7YnjRhq7qVMzZWtDY7Zz0');
    expect(course.playlistUrl).toBe(
      'https://www.youtube.com/playlist?list=PLQhxXeq1oc2n7YnjRhq7qVMzZWtDY7Zz0',
    );
  });

  it.each(chapters)('chapter $number has an 11-character YouTube id and a clean slug', (c) => {
    expect(c.youtubeId, `chapter ${c.number} youtubeId`).toMatch(/^[\w-]{11}$/);
    expect(c.slug, `chapter ${c.number} slug`).toMatch(/^[a-z0-9_]+$/);
    expect(c.title.trim()).not.toBe('');
    expect(c.sidebarLabel.trim()).not.toBe('');
  });

  it.each(chapters.filter((c) => c.hasPage))(
    'chapter $number has a page in docs/ whose front matter agrees',
    (c) => {
      const page = frontMatterBySlug().get(c.slug);
      expect(page, `no file in docs/ has slug: ${c.slug}`).toBeDefined();
      expect(page?.data.title, `${page?.file}: title`).toBe(c.title);
      expect(page?.data.sidebar_label, `${page?.file}: sidebar_label`).toBe(
        `${c.number}. ${c.sidebarLabel}`,
      );
    },
  );

  const allChapters: readonly Chapter[] = chapters;
  it.each(allChapters.flatMap((c) => (c.pages ?? []).map((page) => [c, page] as const)))(
    'chapter %#: its further page has a doc at docs/<chapter slug>/<page slug>.mdx',
    (c, page) => {
      expect(c.hasPage, `chapter ${c.number}: a further page needs the lesson first`).toBe(true);
      const file = path.join(DOCS_DIR, `${chapterPageId(c, page)}.mdx`);
      expect(existsSync(file), `missing ${path.relative(DOCS_DIR, file)}`).toBe(true);
      const {data} = matter(readFileSync(file, 'utf8'));
      expect(data.title, `${file}: title`).toBe(page.title);
      expect(data.sidebar_label, `${file}: sidebar_label`).toBe(page.sidebarLabel);
      expect(data.slug, `${file}: no slug, so that the URL follows the file`).toBeUndefined();
    },
  );

  it('has no page in docs/ for a chapter the data calls video only', () => {
    const pages = frontMatterBySlug();
    const stray = chapters.filter((c) => !c.hasPage && pages.has(c.slug)).map((c) => c.slug);
    expect(stray, 'set hasPage: true for these chapters').toEqual([]);
  });
});

describe('the chapter the checker links to', () => {
  it("is the lab's chapter, on the site's URL", async () => {
    const {default: config} = await import('../../../docusaurus.config');
    const {CHAPTER_URL} = await import('../../../src/dockerfile/rules/chapter');
    expect(CHAPTER_URL).toBe(`${config.url}${config.baseUrl}${labChapter.slug}`);
    const lesson = readFileSync(path.join(DOCS_DIR, `${labChapter.slug}.mdx`), 'utf8');
    expect(lesson, 'the lab chapter places the exercises').toContain('<DockerfileLab');
  });
});
