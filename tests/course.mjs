// The course data (src/data/course.ts) for the tools that are plain ES modules: the benchmark and
// the load test. Read through jiti, the loader Docusaurus reads docusaurus.config.ts with, so a
// renamed chapter moves the measured page too.
import {fileURLToPath} from 'node:url';
import createJiti from 'jiti';

const load = createJiti(fileURLToPath(import.meta.url));
const {labChapter} = load('../src/data/course.ts');

/** URL path of the lesson the tools measure: the chapter page that holds the lab. */
export const lessonPath = `/${labChapter.slug}`;
