/**
 * Pastes text into a CodeMirror editor the way a reader does: CodeMirror takes it from the paste
 * event's clipboard data. Shared by the lab's e2e test and the benchmark (bench/lab-paste.mjs).
 *
 * @param {import('@playwright/test').Locator} editor the editor's content element
 * @param {string} text
 */
export async function pasteInto(editor, text) {
  await editor.evaluate((content, pasted) => {
    const data = new DataTransfer();
    data.setData('text/plain', pasted);
    content.dispatchEvent(
      new ClipboardEvent('paste', {clipboardData: data, bubbles: true, cancelable: true}),
    );
  }, text);
}

/** `count` lines of Dockerfile, one `RUN` each, after a line break. */
export function manyRunLines(count) {
  return `\n${Array.from({length: count}, (_, i) => `RUN echo linea-${i}`).join('\n')}`;
}
