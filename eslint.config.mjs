// ESLint flat config: typescript-eslint (strict), React hooks and jsx-a11y on our TS/TSX.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';

/**
 * The folders of src/ and the folders each may import from (`@site/src/…` or relative), lowest
 * layer first. Drawn in CONTRIBUTING.md («Capas de src/»); an import the map does not allow is
 * a lint error, and the map itself must have no cycle (checked below), so no folder imports
 * another in a loop.
 */
/** What every folder that renders in the page may import. */
const IN_THE_PAGE = [
  'codeBlocks',
  'comparison',
  'data',
  'dockerfile',
  'enhancement',
  'format',
  'hydration',
  'progress',
  'youtube',
];
const LAYERS = {
  // Pure: the checker runs at build time in Node and in the reader's browser.
  dockerfile: [],
  format: [],
  youtube: [],
  enhancement: [],
  progress: [],
  hydration: [],
  overrides: [],
  feedback: [],
  types: [],
  data: ['format', 'youtube'],
  seo: ['data', 'youtube'],
  comparison: ['data', 'dockerfile'],
  // Build time: remark plugins and their helpers; the code blocks plugin (a feature folder).
  remark: ['comparison', 'data', 'dockerfile'],
  codeBlocks: ['overrides'],
  // In the page: each may use the pure folders below it.
  components: [...IN_THE_PAGE, 'seo'],
  lab: [...IN_THE_PAGE, 'components'],
  theme: [...IN_THE_PAGE, 'components', 'feedback', 'lab', 'seo'],
  pages: ['components', 'data', 'format', 'hydration', 'lab', 'progress', 'youtube'],
  // Build time, top: the MDX chain and the table of every component's contract.
  mdx: ['codeBlocks', 'components', 'lab', 'remark'],
  plugins: ['data', 'dockerfile', 'overrides', 'seo', 'youtube'],
  cli: ['data'],
};
/**
 * Build-time files inside a folder of the page: a component's contract (its props as the build
 * checks them) and a feature's own remark plugin (the quiz's, the lab's). They may use the build's helpers; nothing in the
 * page imports their code (see BUILD_ONLY below).
 */
const BUILD_FILES = {
  components: ['src/components/*/contract.ts', 'src/components/*/remark.ts'],
  lab: ['src/lab/contract.ts', 'src/lab/remark.ts'],
};
const BUILD_FILES_MAY_ALSO_USE = ['codeBlocks', 'remark'];
/** Components read the props a remark plugin fills in as types only, never its code. */
const TYPES_FROM_REMARK = new Set(['components', 'lab', 'theme', 'pages']);
const FOLDERS = Object.keys(LAYERS);
const NODE_BUILTINS = [
  'node:',
  ...['fs', 'path', 'crypto', 'os', 'url', 'util', 'buffer', 'stream', 'child_process'].map(
    (name) => `${name}$`,
  ),
];

/** The map with the build files' extra edges has no cycle: throws naming one if it does. */
function assertNoCycle() {
  const edges = Object.fromEntries(
    FOLDERS.map((folder) => [
      folder,
      folder in BUILD_FILES ? [...LAYERS[folder], ...BUILD_FILES_MAY_ALSO_USE] : LAYERS[folder],
    ]),
  );
  const done = new Set();
  const visit = (folder, path) => {
    if (path.includes(folder)) {
      throw new Error(`eslint.config.mjs: the layers loop: ${[...path, folder].join(' → ')}`);
    }
    if (done.has(folder)) return;
    for (const next of edges[folder]) visit(next, [...path, folder]);
    done.add(folder);
  };
  for (const folder of FOLDERS) visit(folder, []);
}
assertNoCycle();

const target = (names) => `^(@site/src/|(\\.\\./)+)(${names.join('|')})(/|$)`;

/** Every file outside src/codeBlocks/ uses it through its two entries. */
const CODE_BLOCKS_ENTRIES = {
  regex: '^(@site/src/|(\\.\\./)+)codeBlocks/(?!lineMarks$)',
  message:
    'src/codeBlocks/ is used through its entries: `codeBlocks` (the plugin and the build) or `codeBlocks/lineMarks` (the page).',
};
/** What the page may not import: the build's half of the code blocks, and build files. */
const BUILD_ONLY = [
  {
    regex: '^(@site/src/|(\\.\\./)+)codeBlocks$',
    message: 'In the page, use `codeBlocks/lineMarks`: `codeBlocks` is the build (Node, Prism).',
  },
  {
    regex: '(^|/)(contract|remark)$',
    allowTypeImports: true,
    message:
      'A contract or a remark plugin runs at build time: the page may read its types (import type), never its code.',
  },
];

function layerRules(folder, {buildFile = false} = {}) {
  const allowed = buildFile ? [...LAYERS[folder], ...BUILD_FILES_MAY_ALSO_USE] : LAYERS[folder];
  const forbidden = FOLDERS.filter(
    (other) =>
      other !== folder &&
      !allowed.includes(other) &&
      !(other === 'remark' && TYPES_FROM_REMARK.has(folder)),
  );
  const patterns = [
    {
      regex: target(forbidden),
      message:
        allowed.length > 0
          ? `src/${folder}/${buildFile ? ' (a build file)' : ''} may import only from src/{${allowed.join(',')}}/ (the layers in eslint.config.mjs and CONTRIBUTING.md).`
          : `src/${folder}/ imports nothing from the rest of src/ (the layers in eslint.config.mjs and CONTRIBUTING.md).`,
    },
  ];
  if (folder !== 'codeBlocks') patterns.push(CODE_BLOCKS_ENTRIES);
  if (TYPES_FROM_REMARK.has(folder) && !buildFile) {
    patterns.push(
      {
        regex: target(['remark']),
        allowTypeImports: true,
        message:
          "A component may read a remark plugin's prop types (import type), never its code: it would ship the build to the browser.",
      },
      ...BUILD_ONLY,
    );
  }
  if (allowed.length === 0) {
    patterns.push({regex: '^@site/', message: `src/${folder}/ imports nothing from the site.`});
  }
  if (folder === 'dockerfile') {
    patterns.push({
      regex: `^(${NODE_BUILTINS.join('|')})`,
      message: 'src/dockerfile/ runs in the browser too: no Node API.',
    });
  }
  return {
    files: buildFile ? BUILD_FILES[folder] : [`src/${folder}/**/*.{ts,tsx,mjs}`],
    rules: {
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-restricted-imports': ['error', {patterns}],
    },
  };
}

/** The build files of the page's folders get their own, wider rule (it comes after theirs). */
const buildFileRules = Object.keys(BUILD_FILES).map((folder) =>
  layerRules(folder, {buildFile: true}),
);

export default tseslint.config(
  {
    ignores: [
      'build/',
      'build-fixture/',
      '.docusaurus/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'reports/',
      'bench/results/',
      'bench/reference/build/',
      'bench/reference/.docusaurus/',
      'bench/reference-starlight/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.cjs'],
    languageOptions: {sourceType: 'commonjs', globals: globals.node},
  },
  {
    files: ['**/*.{ts,tsx,mjs}'],
    languageOptions: {
      globals: {...globals.browser, ...globals.node},
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.tsx'],
    plugins: {'react-hooks': reactHooks, 'jsx-a11y': jsxA11y},
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.strict.rules,
    },
  },
  ...FOLDERS.map((folder) => layerRules(folder)),
  ...buildFileRules,
  {
    files: ['src/dockerfile/**/*.ts'],
    rules: {'no-restricted-globals': ['error', 'Buffer', 'process', 'require', '__dirname']},
  },
  {
    // Playwright fixtures destructure an empty object by design ({}, use) => ...
    // Tests assert first, then dereference what they asserted.
    files: ['tests/**/*.ts'],
    rules: {'no-empty-pattern': 'off', '@typescript-eslint/no-non-null-assertion': 'off'},
  },
);
