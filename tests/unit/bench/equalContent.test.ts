import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {lessonMarkdown} from '../../../bench/equal-content.mjs';
import {lessonPath} from '../../course.mjs';

// The page the benchmark measures, from the course data as the benchmark reads it.
const LESSON = path.join(__dirname, `../../../docs${lessonPath}.mdx`);

describe('the lesson for the equal-content Starlight reference', () => {
  const mdx = readFileSync(LESSON, 'utf8');
  const markdown: string = lessonMarkdown(mdx);

  it('keeps every heading, paragraph and code block, and no component', () => {
    const headings = mdx.match(/^#{2,3} .+$/gm) ?? [];
    for (const heading of headings) expect(markdown).toContain(heading.replace(/\s*\{#.+\}$/, ''));
    expect(markdown.match(/^```dockerfile/gm)?.length).toBe(mdx.match(/^```dockerfile/gm)?.length);
    expect(markdown).not.toMatch(/^\s*<\/?[A-Z]/m);
    expect(markdown).not.toMatch(/^import /m);
  });

  it("keeps the text inside components (the comparison's code, the quiz options)", () => {
    expect(markdown).toContain('FROM golang:1.27 AS builder');
    expect(markdown.length).toBeGreaterThan(0.8 * mdx.length);
  });

  it('has the frontmatter Starlight needs', () => {
    expect(markdown).toMatch(/^---\ntitle: Dockerfiles Multi-Stage y Distroless\ndescription: /);
  });
});
