/**
 * The pages of the fixture site (tests/fixture-site/, built into build-fixture/), on which the
 * specs in tests/e2e/framework/ test how the site behaves rather than what the chapter says.
 */
/** A page with a chapter's parts: prose, a code block, a video, the two figures, a quiz. */
export const LESSON_PATH = '/leccion';
/** The page the lesson's prose and its «next» link lead to. */
export const NEXT_PATH = '/siguiente';
export const NEXT_TITLE = 'Página siguiente';
