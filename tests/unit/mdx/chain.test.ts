import {readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import {compile} from '@mdx-js/mdx';
import type {Root} from 'mdast';
import {visit} from 'unist-util-visit';
import {VFile} from 'vfile';
import {describe, expect, it} from 'vitest';
import remarkDockerfiles, {type DockerfilesFileData} from '../../../src/remark/dockerfiles';
import remarkLinks, {onBrokenMarkdownLinks} from '../../../src/remark/links';
import remarkGfm from 'remark-gfm';
import {remarkPlugins} from '../../../src/mdx/chain';
import {labChapter} from '../../../src/data/course';

const DOCS_DIR = path.join(__dirname, '../../../docs');

/** Warnings the Dockerfile checker printed during the last compileMdx. */
let warnings: string[] = [];

async function compileMdx(value: string, filePath = 'docs/ejemplo.mdx'): Promise<VFile> {
  const file = new VFile({value, path: filePath});
  warnings = [];
  await compile(file, {
    remarkPlugins: [
      // Docusaurus parses GitHub-flavoured Markdown (tables) before our plugins run.
      remarkGfm,
      // The chain the site ships (docusaurus.config.ts), warnings kept for the assertions.
      ...remarkPlugins({warn: (message: string) => warnings.push(message)}),
    ],
  });
  return file;
}

const fence = (meta: string, body: string): string => `\`\`\`dockerfile ${meta}\n${body}\n\`\`\``;
const GOOD =
  'FROM golang:1.21 AS builder\nRUN go build -o /app .\nFROM scratch\nCOPY --from=builder /app /app\nENTRYPOINT ["/app"]';

describe('every Dockerfile in docs/ is valid', () => {
  const files = readdirSync(DOCS_DIR, {recursive: true, encoding: 'utf8'}).filter((name) =>
    name.endsWith('.mdx'),
  );

  it.each(files)('%s compiles with the Dockerfile and prop checks', async (name) => {
    const file = await compileMdx(readFileSync(path.join(DOCS_DIR, name), 'utf8'), `docs/${name}`);
    const checked = (file.data as DockerfilesFileData).dockerfilesChecked ?? 0;
    // The lab's chapter (its lesson and recipes) is where the Dockerfiles are.
    if (name.startsWith(labChapter.slug)) expect(checked).toBeGreaterThanOrEqual(5);
  });
});

describe('remarkDockerfiles', () => {
  it('prints warnings with the file, the line and the rule id, and builds on', async () => {
    const mdx = `# Título\n\n${fence('', 'FROM alpine\nCMD echo hola')}\n`;
    await compileMdx(mdx);
    expect(warnings).toEqual([
      expect.stringMatching(
        /^\[Dockerfile warning\] docs\/ejemplo\.mdx:4 \(línea 1 del Dockerfile\) DL3006: /,
      ),
      expect.stringMatching(
        /^\[Dockerfile warning\] docs\/ejemplo\.mdx:5 \(línea 2 del Dockerfile\) JSONArgsRecommended: .*json-args-recommended/,
      ),
    ]);
  });

  it('the chapter examples carry no warning', async () => {
    for (const name of readdirSync(DOCS_DIR).filter((file) => file.endsWith('.mdx'))) {
      await compileMdx(readFileSync(path.join(DOCS_DIR, name), 'utf8'), `docs/${name}`);
      expect(warnings, name).toEqual([]);
    }
  });

  it('names the file, the line and the rule of a COPY --from to a missing stage', async () => {
    const mdx = `# Título\n\n${fence('', 'FROM golang:1.21 AS builder\nRUN go build\nFROM alpine\nCOPY --from=constructor /app /app\nCMD ["/app"]')}\n`;
    await expect(compileMdx(mdx)).rejects.toThrow(
      /docs\/ejemplo\.mdx:7 \(línea 4 del Dockerfile\) from-unknown-stage: COPY --from=constructor no nombra ninguna etapa \(hay: builder\).*Cómo arreglarlo: /,
    );
  });

  it("highlights COPY --from lines in plain blocks, keeping the author's own", async () => {
    const metas: (string | null | undefined)[] = [];
    const captureMeta = () => (tree: Root) => {
      visit(tree, 'code', (node) => {
        metas.push(node.meta);
      });
    };
    const value = `${fence('title="Dockerfile"', GOOD)}\n\n${fence('{1}', GOOD)}\n`;
    await compile(value, {remarkPlugins: [remarkDockerfiles, captureMeta]});
    expect(metas).toEqual(['title="Dockerfile" {4}', '{1,4}']);
  });

  it('passes analysed panes to DockerfileComparison', async () => {
    const mdx = `<DockerfileComparison>\n\n${fence('title="A"', GOOD)}\n\n${fence('title="B"', GOOD)}\n\n</DockerfileComparison>\n`;
    const output = String(await compileMdx(mdx));
    expect(output).toContain('panes: [{');
    expect(output).toContain('"isFinal": true');
    expect(output).not.toContain('"size"');
  });

  it.each([
    [
      'a pane without a title',
      `<DockerfileComparison>\n\n${fence('', GOOD)}\n\n${fence('title="B"', GOOD)}\n\n</DockerfileComparison>\n`,
      /docs\/ejemplo\.mdx:3: each Dockerfile in <DockerfileComparison> needs a title/,
    ],
    [
      'a single pane',
      `<DockerfileComparison>\n\n${fence('title="A"', GOOD)}\n\n</DockerfileComparison>\n`,
      /docs\/ejemplo\.mdx:1: <DockerfileComparison> expects 2 to 4 dockerfile blocks, found 1/,
    ],
    [
      'prose inside',
      `<DockerfileComparison>\n\nTexto suelto.\n\n${fence('title="A"', GOOD)}\n\n</DockerfileComparison>\n`,
      /holds only fenced ```dockerfile blocks \(found a paragraph\)/,
    ],
    [
      'a size beside a Dockerfile',
      `<DockerfileComparison>\n\n${fence('title="A" size="999 MB"', GOOD)}\n\n${fence('title="B"', GOOD)}\n\n</DockerfileComparison>\n`,
      /docs\/ejemplo\.mdx:3: a size beside a Dockerfile would say that exactly this Dockerfile was built and measured.*<ImageSizeChart \/>/,
    ],
  ])('rejects %s', async (_case, mdx, message) => {
    await expect(compileMdx(mdx)).rejects.toThrow(message);
  });
});

describe('remarkComponentProps', () => {
  it.each([
    [
      '<LanguageDependencyTable highlight="Cobol" />',
      'docs/ejemplo.mdx:1: <LanguageDependencyTable> prop "highlight" is "Cobol"; allowed values: Java, Go, Rust, C, Python, TypeScript',
    ],
    [
      '<LanguageDependencyTable lenguaje="Go" />',
      'docs/ejemplo.mdx:1: <LanguageDependencyTable> has no prop "lenguaje"; allowed props: highlight',
    ],
    [
      '<YouTubeVideo id="EJEMPLO" title="Vídeo" />',
      'docs/ejemplo.mdx:1: <YouTubeVideo> prop "id" is "EJEMPLO": a YouTube video id is exactly 11 characters',
    ],
    ['<YouTubeVideo id="" title="Vídeo" />', '<YouTubeVideo> prop "id" is "": a YouTube video id'],
    [
      '<YouTubeVideo id="https://youtu.be/6p-z8ozXlqM" title="Vídeo" />',
      'give the id only, not the URL',
    ],
    ['<YouTubeVideo id="6p-z8ozXlqM" />', '<YouTubeVideo> needs the prop "title"'],
    ['<YouTubeVideo title="Vídeo" />', 'needs exactly one of the props "id" or "playlist"'],
    [
      '<CourseOutline current={19} />',
      '<CourseOutline> prop "current" is 19; allowed values: 1 to 18',
    ],
  ])('rejects %s', async (mdx, message) => {
    await expect(compileMdx(`${mdx}\n`)).rejects.toThrow(message);
  });

  it('accepts good props', async () => {
    await expect(
      compileMdx(
        '<LanguageDependencyTable highlight="Go" />\n\n<YouTubeVideo id="6p-z8ozXlqM" title="Vídeo" />\n\n<CourseOutline current={18} />\n',
      ),
    ).resolves.toBeDefined();
  });
});

describe('remarkQuiz', () => {
  const question = (options: string, extra = '<Explanation>Porque sí.</Explanation>') =>
    `<Quiz>\n<Question prompt="¿Cuál?">\n${options}\n${extra}\n</Question>\n</Quiz>\n`;

  it('accepts a question with one correct option', async () => {
    await expect(
      compileMdx(question('<Option>A</Option>\n<Option correct>B</Option>')),
    ).resolves.toBeDefined();
  });

  it.each([
    [
      'no correct option',
      question('<Option>A</Option>\n<Option>B</Option>'),
      'docs/ejemplo.mdx:2: question 1 ("¿Cuál?") has 0 options marked correct; mark exactly one',
    ],
    [
      'two correct options',
      question('<Option correct>A</Option>\n<Option correct>B</Option>'),
      'docs/ejemplo.mdx:2: question 1 ("¿Cuál?") has 2 options marked correct',
    ],
    [
      'a single option',
      question('<Option correct>A</Option>'),
      'needs at least two <Option>s, found 1',
    ],
    [
      'no explanation',
      question('<Option>A</Option>\n<Option correct>B</Option>', ''),
      'needs an <Explanation>',
    ],
    [
      'no prompt',
      '<Quiz>\n<Question>\n<Option>A</Option>\n<Option correct>B</Option>\n<Explanation>x</Explanation>\n</Question>\n</Quiz>\n',
      'needs the prop "prompt"',
    ],
  ])('rejects %s, naming the file and the question', async (_case, mdx, message) => {
    await expect(compileMdx(mdx)).rejects.toThrow(message);
  });
});

describe('remarkLinks', () => {
  async function compileWithLinks(value: string): Promise<void> {
    const file = new VFile({
      value,
      path: path.join(DOCS_DIR, 'ejemplo.mdx'),
      cwd: path.join(DOCS_DIR, '..'),
    });
    await compile(file, {remarkPlugins: [remarkLinks]});
  }

  it('accepts links to headings, explicit ids, JSX ids and component anchors', async () => {
    await compileWithLinks(
      [
        '## Cómo se usa `--target`',
        '## Otra {/* #a-mano */}',
        '<div id="propio" />',
        '<LanguageDependencyTable />',
        '[a](#cómo-se-usa---target) [b](#a-mano) [c](#propio) [d](#dependencias-go)',
        '[e](./index.mdx#índice) [f](./index.mdx#%C3%ADndice) [g](https://example.com/#nope)',
      ].join('\n\n'),
    );
  });

  it('rejects a broken anchor on the page with the line and the closest anchors', async () => {
    await expect(
      compileWithLinks('## Imágenes distroless\n\nVer [esto](#imagenes-distroless).'),
    ).rejects.toThrow(
      /^docs\/ejemplo\.mdx:3: el enlace «#imagenes-distroless» apunta a un ancla que no existe en esta página\. Anclas parecidas que sí existen: #imágenes-distroless\./,
    );
  });

  it('rejects a broken anchor in another file, naming that file', async () => {
    await expect(compileWithLinks('[índice](./index.mdx#indice)')).rejects.toThrow(
      /^docs\/ejemplo\.mdx:1: el enlace «\.\/index\.mdx#indice» apunta a un ancla que no existe en docs\/index\.mdx\. Anclas parecidas que sí existen: #índice/,
    );
  });

  it('says how to fix a link to a file that does not exist, never how to silence it', () => {
    expect(() =>
      onBrokenMarkdownLinks({
        sourceFilePath: 'docs/ejemplo.mdx',
        url: './nope.mdx',
        node: {
          type: 'link',
          url: './nope.mdx',
          children: [],
          position: {start: {line: 7, column: 1}, end: {line: 7, column: 9}},
        },
      }),
    ).toThrow(
      /^docs\/ejemplo\.mdx:7: el enlace «\.\/nope\.mdx» no lleva a ningún archivo\. Enlaza .*archivos en docs\/: .*index\.mdx/,
    );
  });

  it('prints no stack trace under the message', async () => {
    const error = await compileWithLinks('[x](#nope)').then(
      () => null,
      (caught: unknown) => caught as Error,
    );
    expect(error?.message).toMatch(/«#nope»/);
    expect(error?.stack).not.toMatch(/\n\s+at /);
  });
});

describe('remarkPageBudget', () => {
  const words = (n: number): string => Array.from({length: n}, (_, i) => `palabra${i}`).join(' ');
  const STAGE =
    'FROM golang:1.27 AS builder\nWORKDIR /app\nCOPY go.mod go.sum ./\nRUN go mod download\nCOPY . .\nRUN go build -o /main .';

  it('fails a page over 1,800 words of prose, naming the file and the count', async () => {
    await expect(compileMdx(`# T\n\n${words(1800)}\n`, 'docs/largo.mdx')).rejects.toThrow(
      /docs\/largo\.mdx: 1801 words of prose, over the budget of 1800/,
    );
  });

  it('does not count code, tables, components or collapsed sections', async () => {
    const extra = [
      '```bash\n' + words(500) + '\n```',
      `| a |\n| - |\n| ${words(500)} |`,
      `<details>\n<summary>Más</summary>\n\n${words(500)}\n\n</details>`,
      `<Quiz>\n  <Question prompt="¿Sí?">\n    <Option correct>${words(500)}</Option>\n    <Option>No</Option>\n    <Explanation>Porque sí.</Explanation>\n  </Question>\n</Quiz>`,
    ].join('\n\n');
    await expect(compileMdx(`# T\n\n${words(1700)}\n\n${extra}\n`)).resolves.toBeDefined();
  });

  it('fails a page that prints the same six Dockerfile lines twice, naming both places', async () => {
    const twice = `# T\n\n${fence('title="Uno"', STAGE + '\nFROM scratch\nCOPY --from=builder /main /main\nENTRYPOINT ["/main"]')}\n\nTexto.\n\n${fence('title="Dos"', STAGE + '\nFROM gcr.io/distroless/static-debian13:nonroot\nCOPY --from=builder /main /main\nENTRYPOINT ["/main"]')}\n`;
    await expect(compileMdx(twice, 'docs/repetido.mdx')).rejects.toThrow(
      /docs\/repetido\.mdx:17: «Dos» prints again 6 or more lines that «Uno» already prints at docs\/repetido\.mdx:3/,
    );
  });

  it('lets a comparison fold the lines its panes share, and labs link to a pane', async () => {
    const page = `# T\n\n<DockerfileComparison>\n\n${fence('title="Uno"', STAGE + '\nFROM scratch\nCOPY --from=builder /main /main\nENTRYPOINT ["/main"]')}\n\n${fence('title="Dos"', STAGE + '\nFROM gcr.io/distroless/static-debian13:nonroot\nCOPY --from=builder /main /main\nENTRYPOINT ["/main"]')}\n\n</DockerfileComparison>\n`;
    const file = await compileMdx(page);
    const printed = (file.data as DockerfilesFileData).printedDockerfiles ?? [];
    expect(printed.map((item) => item.folds)).toEqual([[], [{start: 1, end: 6, sameAs: 'Uno'}]]);
    expect(String(file)).toContain('"comparativa-1"');
  });

  it('prints a lab exercise only where no pane shows it, highlighted', async () => {
    const file = await compileMdx('# T\n\n<DockerfileLab exercise="shell-form" />\n');
    const code = String(file);
    expect(code).toContain('printedStart');
    expect(code).toContain(
      '<span class=\\"token instruction keyword\\">CMD</span> /servidor --port 8080"',
    );
  });
});
