// ESLint flat config: typescript-eslint (strict), React hooks and jsx-a11y on our TS/TSX.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';

/**
 * The folders of src/ and the folders each may import from (`@site/src/…` or relative), lowest
 * layer first. Drawn in CONTRIBUTING.md («Capas de src/»); an import the map does not allow is
 * a lint error, so the folders cannot grow a cycle.
 */
/** What every folder that renders in the page may import. */
const IN_THE_PAGE = [
  'comparison',
  'data',
  'dockerfile',
  'enhancement',
  'format',
  'highlighting',
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
  highlighting: [],
  types: [],
  // Exercise data describes its build context with the checker's types.
  data: ['format', 'youtube', 'dockerfile'],
  seo: ['data', 'youtube'],
  comparison: ['data', 'dockerfile'],
  // Build time: the MDX plugins and the Docusaurus plugins.
  remark: ['comparison', 'data', 'dockerfile', 'highlighting', 'youtube'],
  plugins: ['data', 'dockerfile', 'highlighting', 'seo', 'youtube'],
  // In the page: each may use the pure folders below it.
  components: [...IN_THE_PAGE, 'seo'],
  lab: [...IN_THE_PAGE, 'components'],
  theme: [...IN_THE_PAGE, 'components', 'lab', 'seo'],
  pages: ['components', 'data', 'format', 'hydration', 'lab', 'progress', 'youtube'],
  cli: ['data'],
};
/** Components read the props a remark plugin fills in as types only, never its code. */
const TYPES_FROM_REMARK = new Set(['components', 'lab', 'theme', 'pages']);
const FOLDERS = Object.keys(LAYERS);
const NODE_BUILTINS = [
  'node:',
  ...['fs', 'path', 'crypto', 'os', 'url', 'util', 'buffer', 'stream', 'child_process'].map(
    (name) => `${name}$`,
  ),
];

function layerRules(folder) {
  const forbidden = FOLDERS.filter(
    (other) =>
      other !== folder &&
      !LAYERS[folder].includes(other) &&
      !(other === 'remark' && TYPES_FROM_REMARK.has(folder)),
  );
  const target = (names) => `^(@site/src/|(\\.\\./)+)(${names.join('|')})(/|$)`;
  const patterns = [
    {
      regex: target(forbidden),
      message:
        LAYERS[folder].length > 0
          ? `src/${folder}/ may import only from src/{${LAYERS[folder].join(',')}}/ (the layers in eslint.config.mjs and CONTRIBUTING.md).`
          : `src/${folder}/ imports nothing from the rest of src/ (the layers in eslint.config.mjs and CONTRIBUTING.md).`,
    },
  ];
  if (TYPES_FROM_REMARK.has(folder)) {
    patterns.push({
      regex: target(['remark']),
      allowTypeImports: true,
      message:
        "A component may read a remark plugin's prop types (import type), never its code: it would ship the build to the browser.",
    });
  }
  if (LAYERS[folder].length === 0) {
    patterns.push({regex: '^@site/', message: `src/${folder}/ imports nothing from the site.`});
  }
  if (folder === 'dockerfile') {
    patterns.push({
      regex: `^(${NODE_BUILTINS.join('|')})`,
      message: 'src/dockerfile/ runs in the browser too: no Node API.',
    });
  }
  return {
    files: [`src/${folder}/**/*.{ts,tsx,mjs}`],
    rules: {
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-restricted-imports': ['error', {patterns}],
    },
  };
}

export default tseslint.config(
  {
    ignores: [
      'build/',
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
  ...FOLDERS.map(layerRules),
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
