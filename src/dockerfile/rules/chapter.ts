/**
 * Where the course explains what its own rules check: chapter 18's page. The checker imports
 * nothing from the site (it runs anywhere), so the address is written here once, and
 * tests/unit/data/course.test.ts checks it against the course data and the site's URL.
 */
export const CHAPTER_URL = 'https://curso-docker-es.github.io/dockerfiles_multi_stage_y_distroless';
