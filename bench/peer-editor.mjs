/**
 * The peer for the lab's typing budget: CodeMirror 6 alone on a blank page, with the public
 * extensions the lab's editor uses (line numbers, active line, history, the Dockerfile mode and
 * its highlighting, line wrapping, a lint gutter and a linter that finds nothing), and no site
 * around it. Served unbundled from node_modules through an import map, so it is the exact
 * CodeMirror the site ships, with nothing of ours. What it costs per key on this machine at 4×
 * CPU is what CodeMirror costs; whatever the lab costs on top is ours.
 */
import {readFile} from 'node:fs/promises';
import {createServer} from 'node:http';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const NODE_MODULES = path.join(ROOT, 'node_modules');

/** Every bare name CodeMirror's modules import, scoped names by their scope. */
const PREFIXES = ['@codemirror/', '@lezer/', '@marijn/'];
const PACKAGES = ['style-mod', 'w3c-keyname', 'crelt'];

const PAGE = `<!doctype html>
<html lang="es">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<title>CodeMirror 6, solo</title>
<script type="importmap">${JSON.stringify({
  imports: Object.fromEntries([
    ...PREFIXES.map((prefix) => [prefix, `/npm/${prefix}`]),
    ...PACKAGES.map((name) => [name, `/npm/${name}`]),
  ]),
})}</script>
</head>
<body>
<main><div id="editor"></div></main>
<script type="module">
import {EditorState} from '@codemirror/state';
import {EditorView, keymap, lineNumbers, highlightActiveLine} from '@codemirror/view';
import {defaultKeymap, history, historyKeymap} from '@codemirror/commands';
import {HighlightStyle, StreamLanguage, syntaxHighlighting} from '@codemirror/language';
import {dockerFile} from '@codemirror/legacy-modes/mode/dockerfile';
import {linter, lintGutter} from '@codemirror/lint';
import {tags} from '@lezer/highlight';
const styles = HighlightStyle.define([
  {tag: tags.keyword, color: '#7c1ca6'},
  {tag: tags.string, color: '#1f6f2a'},
  {tag: tags.comment, color: '#5c6370'},
]);
window.openEditor = (doc) => {
  new EditorView({
    parent: document.getElementById('editor'),
    state: EditorState.create({
      doc,
      extensions: [
        lineNumbers(),
        highlightActiveLine(),
        history(),
        keymap.of([...defaultKeymap, ...historyKeymap]),
        StreamLanguage.define(dockerFile),
        syntaxHighlighting(styles),
        EditorView.lineWrapping,
        EditorView.contentAttributes.of({'aria-label': 'Dockerfile'}),
        lintGutter(),
        linter(() => [], {delay: 300}),
      ],
    }),
  });
};
document.documentElement.dataset.ready = 'true';
</script>
</body>
</html>
`;

function isServed(specifier) {
  return PREFIXES.some((prefix) => specifier.startsWith(prefix)) || PACKAGES.includes(specifier);
}

/** Serves the peer page on 127.0.0.1:`port`; resolves to its URL and a way to stop it. */
export function servePeerEditor(port = 4515) {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/') {
      response.writeHead(200, {'content-type': 'text/html; charset=utf-8'});
      response.end(PAGE);
      return;
    }
    if (url.pathname.startsWith('/npm/')) {
      const specifier = decodeURIComponent(url.pathname.slice('/npm/'.length));
      if (!isServed(specifier)) {
        response.writeHead(404).end();
        return;
      }
      // Node resolves the name as the browser's import would (the package's "import" export);
      // a redirect to the file keeps the module's relative imports pointing at its folder.
      const file = fileURLToPath(import.meta.resolve(specifier));
      response.writeHead(302, {location: `/fs/${path.relative(NODE_MODULES, file)}`});
      response.end();
      return;
    }
    if (url.pathname.startsWith('/fs/')) {
      const file = path.join(NODE_MODULES, decodeURIComponent(url.pathname.slice('/fs/'.length)));
      if (!file.startsWith(NODE_MODULES + path.sep) || !file.endsWith('.js')) {
        response.writeHead(404).end();
        return;
      }
      readFile(file).then(
        (body) => {
          response.writeHead(200, {'content-type': 'text/javascript; charset=utf-8'});
          response.end(body);
        },
        () => response.writeHead(404).end(),
      );
      return;
    }
    response.writeHead(404).end();
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () =>
      resolve({url: `http://127.0.0.1:${port}`, stop: () => server.close()}),
    );
  });
}
