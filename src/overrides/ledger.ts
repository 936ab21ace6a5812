/**
 * Every place this site changes how a dependency behaves: text patches applied while bundling,
 * modules swapped in the browser bundle, aliases, files copied out of Docusaurus, and the
 * patches of dockerfile-ast. One list, read by the plugins that apply them
 * (src/plugins/dependencyPatches.ts, browserModules.ts, codeHighlighting.ts) and by the guard
 * (tests/unit/overrides/ledger.test.ts), which fails when an upstream file is not the one an
 * entry was written against.
 *
 * Switching one off: OVERRIDES_OFF=id[,id…] at build time, for text patches, swaps, aliases and
 * the SSR template (npm run bench:overrides measures them on and off). Ejected files and the
 * dockerfile-ast patches cannot be switched off by a flag: their way out is `removeWhen`.
 */

type OverrideKind = 'text-patch' | 'module-swap' | 'alias' | 'ejected' | 'copied' | 'runtime-patch';

export interface Upstream {
  readonly package: string;
  readonly version: string;
  /** Path inside the package. */
  readonly file: string;
  /** sha256 of that file as installed: the guard fails when it changes. */
  readonly sha256: string;
}

/** A link to the upstream issue, or the text of the one we would file (none exists yet). */
type UpstreamIssue = {readonly url: string} | {readonly draft: string};

interface Common {
  readonly id: string;
  readonly kind: OverrideKind;
  readonly upstream: Upstream;
  /** The file of ours that holds the override. */
  readonly ours: string;
  readonly what: string;
  readonly why: string;
  /** What it was measured to gain, with the method; "not a performance change" otherwise. */
  readonly gain: string;
  readonly issue: UpstreamIssue;
  readonly removeWhen: string;
  /** `ours` is the upstream file copied and changed: Meta's MIT header, listed in LICENSE. */
  readonly derived?: true;
}

interface TextPatch extends Common {
  readonly kind: 'text-patch';
  /** Exact texts, each found once in the upstream file, and what replaces them. */
  readonly replacements: readonly {readonly search: string; readonly replace: string}[];
}

interface ModuleSwap extends Common {
  readonly kind: 'module-swap';
  /** The request the bundler replaces, in the browser bundle only. */
  readonly request: RegExp;
}

interface Alias extends Common {
  readonly kind: 'alias';
  /** The bundler alias key (`name$` matches the bare import only). */
  readonly alias: string;
}

interface Copy extends Common {
  readonly kind: 'ejected' | 'copied' | 'runtime-patch';
}

export type Override = TextPatch | ModuleSwap | Alias | Copy;

const CORE = {package: '@docusaurus/core', version: '3.10.2'} as const;
const THEME_COMMON = {package: '@docusaurus/theme-common', version: '3.10.2'} as const;
const THEME_CLASSIC = {package: '@docusaurus/theme-classic', version: '3.10.2'} as const;
const DOCKERFILE_AST = {package: 'dockerfile-ast', version: '0.7.1'} as const;

const HYDRATION_GAIN =
  'The task of effects after hydration, 4× CPU: 190 → 78 ms with both transitions (bench:trace, 2026-12-03). ' +
  'npm run bench:overrides cannot see it alone (7 rounds, 2026-12-07: TBT p = 0.62 for the two transitions off together; p = 0.097, then 0.97 over 15 rounds, for the client entry). Together with the client entry and the other transition, it does: the build without the three against the build with them, 15 alternating rounds, TBT 415 → 610 ms (p = 0.002), score 90 → 85 (p = 0.003).';

export const OVERRIDES: readonly Override[] = [
  {
    id: 'window-size-transition',
    kind: 'text-patch',
    upstream: {
      ...THEME_COMMON,
      file: 'lib/hooks/useWindowSize.js',
      sha256: 'a32a46c867130090a4d785590da6f9cc69789eb67a94a5386fc6416857b91872',
    },
    ours: 'src/plugins/dependencyPatches.ts',
    replacements: [
      {
        search: "import { useEffect, useState } from 'react';",
        replace: "import { startTransition, useEffect, useState } from 'react';",
      },
      {
        search: '        updateWindowSize();\n        window.addEventListener',
        replace: '        startTransition(updateWindowSize);\n        window.addEventListener',
      },
    ],
    what: 'The first window-size update after hydration runs as a transition.',
    why: 'The switch to the mobile layout was a 50 ms task on a 4×-throttled phone.',
    gain: HYDRATION_GAIN,
    issue: {
      draft:
        "useWindowSize's first update after hydration switches a phone from the «ssr» to the «mobile» layout: the desktop sidebar and TOC unmount and the navbar's mobile menu mounts, all as an urgent update inside the effects task (50 ms at 4× CPU on a long doc). Wrapping that first update in startTransition lets React render it in interruptible slices; the layout ends the same.",
    },
    removeWhen: 'Docusaurus runs the first window-size update as a transition.',
  },
  {
    id: 'is-browser-transition',
    kind: 'text-patch',
    upstream: {
      ...CORE,
      file: 'lib/client/browserContext.js',
      sha256: 'f0765ea0de6c682044acc2d1f6f7d474e9ac389591a8e97f877e437c09225b4c',
    },
    ours: 'src/plugins/dependencyPatches.ts',
    replacements: [
      {
        search: "import React, { useEffect, useState } from 'react';",
        replace: "import React, { startTransition, useEffect, useState } from 'react';",
      },
      {
        search: '        setIsBrowser(true);',
        replace: '        startTransition(() => setIsBrowser(true));',
      },
    ],
    what: 'The «hydrated» update of useIsBrowser runs as a transition.',
    why: "Every useIsBrowser() reader's re-render after hydration joined one long task.",
    gain: HYDRATION_GAIN,
    issue: {
      draft:
        'BrowserContextProvider sets isBrowser to true in an effect right after hydration, and every useIsBrowser() reader re-renders in that same task. As a transition (startTransition(() => setIsBrowser(true))) the re-render is sliced and a tap during it is answered sooner; the end state is the same.',
    },
    removeWhen: 'Docusaurus sets isBrowser in a transition.',
  },
  {
    id: 'sort-keys-without-icu',
    kind: 'text-patch',
    upstream: {
      ...THEME_COMMON,
      file: 'lib/utils/reactUtils.js',
      sha256: 'a683742dac1a155bbd1c355601dedc1eeb7cc5edd7331cab26043c74233dca11',
    },
    ours: 'src/plugins/dependencyPatches.ts',
    // Keys are property names: any stable order will do, and code-unit order needs no ICU.
    replacements: [
      {
        search: 'deps.sort((a, b) => a[0].localeCompare(b[0]));',
        replace: 'deps.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));',
      },
    ],
    what: "useShallowMemoObject sorts an object's keys by code unit instead of localeCompare.",
    why: "On a phone, the navbar's secondary menu (the docs sidebar in the mobile menu) calls useShallowMemoObject when the layout switches after hydration, and that sort is the page's first localeCompare: it loads ICU's collation data, 9–30 ms in one call unthrottled on this machine. Nothing else on the page's load calls localeCompare or Intl (tests/e2e/read-chapter.spec.ts, «loads no ICU locale data»): Docusaurus' getActivePlugin sorts an array of one docs plugin, which never calls its comparator.",
    gain: 'Main-thread time inside useShallowMemoObject while a phone loads the lesson at 4× CPU (CPU profile, 6 alternating loads each, 2026-12-07): 46–59 ms → 0–1 ms. The first localeCompare alone, timed in the page: 9–14 ms unthrottled, 42–74 ms at 4×. Lighthouse cannot see it on this machine: 10 alternating rounds, TBT 275 → 252 ms, p = 0.68 (it was dropped on 2026-12-07 after 7 such rounds, on the mistaken belief that route matching called localeCompare anyway).',
    issue: {
      draft:
        "useShallowMemoObject sorts its dependencies with localeCompare. The first localeCompare of a page loads ICU's collation data (9–30 ms on a desktop CPU, ×4 on a mid-range phone), and on a phone it runs when the docs sidebar fills the navbar's secondary menu, right after hydration. The keys are property names and only need a stable order: `(a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)` gives one without ICU.",
    },
    removeWhen: 'useShallowMemoObject stops calling localeCompare.',
  },
  {
    id: 'client-entry-in-steps',
    kind: 'module-swap',
    derived: true,
    upstream: {
      ...CORE,
      file: 'lib/client/clientEntry.js',
      sha256: 'a9d6514eaf79c05c7d5275b5139298a5467c1c8339ab8a887c5d8ba61aff9871',
    },
    request: /[\\/]@docusaurus[\\/]core[\\/]lib[\\/]client[\\/]clientEntry\.js$/,
    ours: 'src/hydration/clientEntry.tsx',
    what: "Docusaurus' browser entry, copied: the same modules, run in four tasks with the main thread free in between, then the same hydration; also installs the idle prefetch.",
    why: 'Evaluating main.js ran every module of the page in one task (28–39 ms unthrottled, ~150 ms at 4×), counted in Total Blocking Time.',
    gain:
      'main.js evaluation: one 28–39 ms task → tasks of 10–18 ms (trace, 2026-12-03). ' +
      'npm run bench:overrides cannot see it alone (7 rounds, 2026-12-07: TBT p = 0.62 for the two transitions off together; p = 0.097, then 0.97 over 15 rounds, for the client entry). Together with the client entry and the other transition, it does: the build without the three against the build with them, 15 alternating rounds, TBT 415 → 610 ms (p = 0.002), score 90 → 85 (p = 0.003).',
    issue: {
      draft:
        "clientEntry imports React DOM, the router, the client modules and the app statically, so evaluating main.js is one long task before hydration. Proposal: an opt-in (future flag) entry that awaits each group of eager imports (webpackMode: 'eager', no new request) and yields between them (scheduler.yield or a macrotask), so the main thread can answer input during start-up. Measured on a long doc: the single 28–39 ms evaluation task becomes 10–18 ms tasks.",
    },
    removeWhen:
      'Docusaurus v4 rewrites the client entry (React Router v8), or its own entry yields between imports, or bench:overrides shows the gain within noise.',
  },
  {
    id: 'progress-bar-without-nprogress',
    kind: 'module-swap',
    upstream: {
      ...THEME_CLASSIC,
      file: 'lib/nprogress.js',
      sha256: '58b21ff3eb278f6cd3932e02e92a50108dac3a7e3f014813fefc70335eaab48f',
    },
    request: /^nprogress$/,
    ours: 'src/enhancement/navigationProgress.ts',
    what: "The `nprogress` library is replaced, in the browser bundle, by a module with the three calls theme-classic's client module makes and the same markup.",
    why: 'Every page downloaded the whole library for a bar that a CSS transition draws.',
    gain: 'Builds with it on and off (2026-12-07): main.js + runtime 123 031 → 121 866 B gzip, −1 165 B on every page. Bytes, not timing: no noise.',
    issue: {
      draft:
        "theme-classic's nprogress client module pulls the whole nprogress library (and its timer loop) into main.js on every page for start()/done()/configure(). A 40-line module with a CSS transition draws the same bar with the same markup (the theme's nprogress.css keeps working) and honours prefers-reduced-motion. Proposal: ship that instead of the dependency.",
    },
    removeWhen:
      'theme-classic drops nprogress, or the gain stops being worth a swap (bench:overrides).',
  },
  {
    id: 'prism-stub',
    kind: 'alias',
    upstream: {
      ...THEME_CLASSIC,
      file: 'lib/theme/prism-include-languages.js',
      sha256: '42fcb21218b4537fa0d7dc51caf7d78f88891e0d9b925be61555fee46fc29614',
    },
    alias: 'prism-react-renderer$',
    ours: 'src/codeBlocks/prismClientStub.ts',
    what: 'The bundles get a stub for prism-react-renderer: code is highlighted at build time (src/codeBlocks/), so Prism has nothing to do in the browser.',
    why: 'Prism and its grammars were in main.js on every page.',
    gain: 'Builds with it on and off (2026-12-07): main.js + runtime 146 777 → 121 866 B gzip, −24 911 B on every page.',
    issue: {url: 'https://github.com/facebook/docusaurus/issues/9122'},
    removeWhen:
      'Docusaurus highlights code at build time (facebook/docusaurus#9122 proposes Shiki as an opt-in).',
  },
  {
    id: 'prism-include-languages',
    kind: 'copied',
    upstream: {
      ...THEME_CLASSIC,
      file: 'lib/theme/prism-include-languages.js',
      sha256: '42fcb21218b4537fa0d7dc51caf7d78f88891e0d9b925be61555fee46fc29614',
    },
    ours: 'src/codeBlocks/theme/prism-include-languages.ts',
    what: 'Replaced outright (nothing copied): no Prism language is registered in the browser.',
    why: 'With build-time highlighting, the language index only added to main.js.',
    gain: 'See prism-stub.',
    issue: {url: 'https://github.com/facebook/docusaurus/issues/9122'},
    removeWhen: 'Same as prism-stub.',
  },
  {
    id: 'code-block',
    kind: 'ejected',
    derived: true,
    upstream: {
      ...THEME_CLASSIC,
      file: 'lib/theme/CodeBlock/index.js',
      sha256: '639f8655d319e123c4efa5223a42078d3e98ea361e206f6f1bfb87b080a28904',
    },
    ours: 'src/codeBlocks/theme/CodeBlock/index.tsx',
    what: 'Renders the HTML highlighted at build time, with line marks and folds, instead of running Prism.',
    why: 'No wrapper can change how CodeBlock highlights.',
    gain: 'See prism-stub.',
    issue: {url: 'https://github.com/facebook/docusaurus/issues/9122'},
    removeWhen: 'Docusaurus highlights code at build time.',
  },
  {
    id: 'code-block-content',
    kind: 'ejected',
    derived: true,
    upstream: {
      ...THEME_CLASSIC,
      file: 'lib/theme/CodeBlock/Content/index.js',
      sha256: '0d361f5894590ea483a8cd846925bf41d85301eed29e0cfb4dc515128ab35556',
    },
    ours: 'src/codeBlocks/theme/CodeBlock/Content/index.tsx',
    what: 'Passes the build-time HTML and our line marks to the code block.',
    why: 'The swizzle-«unsafe» component is the only place the content is chosen.',
    gain: 'See prism-stub.',
    issue: {url: 'https://github.com/facebook/docusaurus/issues/9122'},
    removeWhen: 'Docusaurus highlights code at build time.',
  },
  {
    id: 'code-block-string',
    kind: 'ejected',
    derived: true,
    upstream: {
      ...THEME_CLASSIC,
      file: 'lib/theme/CodeBlock/Content/String.js',
      sha256: '81ab153e9e797be7a86bcfe00dfd53ae6eb14bca2b40d30515d075e5b4e95f99',
    },
    ours: 'src/codeBlocks/theme/CodeBlock/Content/String.tsx',
    what: 'Word wrap measures a block only when its buttons are needed.',
    why: 'useCodeWordWrap measures every block on mount, forcing a layout of the whole page while it loads, and keeps a resize listener per block.',
    gain: 'Not measured alone; part of the hydration work (README history).',
    issue: {
      draft:
        'useCodeWordWrap measures scrollWidth/clientWidth of every code block in an effect on mount and adds one resize listener per block. On a page with 30 blocks that is a forced layout of the document during hydration, for buttons nobody has hovered yet. Proposal: measure on first hover/focus of the block (or with one shared ResizeObserver).',
    },
    removeWhen: 'useCodeWordWrap measures lazily or with a shared observer.',
  },
  {
    id: 'use-code-word-wrap',
    kind: 'copied',
    derived: true,
    upstream: {
      ...THEME_COMMON,
      file: 'lib/hooks/useCodeWordWrap.js',
      sha256: '3483ac26c8c5cb90064902fb63a5256576092207a86b572480a04a8fb103b012',
    },
    ours: 'src/codeBlocks/theme/CodeBlock/Content/String.tsx',
    what: 'Its copy of useCodeWordWrap waits for `activate()`.',
    why: 'See code-block-string.',
    gain: 'See code-block-string.',
    issue: {draft: 'Same issue as code-block-string.'},
    removeWhen: 'Same as code-block-string.',
  },
  {
    id: 'code-block-styles',
    kind: 'copied',
    derived: true,
    upstream: {
      ...THEME_CLASSIC,
      file: 'lib/theme/CodeBlock/Content/styles.module.css',
      sha256: '26dba21a9e8eb53810a03017513a07ac613288682addf075f186ed52b1b5e07f',
    },
    ours: 'src/codeBlocks/theme/CodeBlock/Content/styles.module.css',
    what: 'The styles of CodeBlock/Content and CodeBlock/Line, which are no longer rendered (so their CSS is not bundled), minus the parts we do not use.',
    why: 'The ejected code block still needs them.',
    gain: 'Not a performance change.',
    issue: {url: 'https://github.com/facebook/docusaurus/issues/9122'},
    removeWhen: 'The code block is no longer ejected.',
  },
  {
    id: 'code-block-line-styles',
    kind: 'copied',
    derived: true,
    upstream: {
      ...THEME_CLASSIC,
      file: 'lib/theme/CodeBlock/Line/styles.module.css',
      sha256: 'ecac30a50af15f4a16453cbe05c13791b6c9d4368c673291a3389a0211aec7d6',
    },
    ours: 'src/codeBlocks/theme/CodeBlock/Content/styles.module.css',
    what: 'The styles of CodeBlock/Line, in the same file as code-block-styles.',
    why: 'See code-block-styles.',
    gain: 'Not a performance change.',
    issue: {url: 'https://github.com/facebook/docusaurus/issues/9122'},
    removeWhen: 'The code block is no longer ejected.',
  },
  {
    id: 'color-mode-toggle',
    kind: 'ejected',
    derived: true,
    upstream: {
      ...THEME_CLASSIC,
      file: 'lib/theme/ColorModeToggle/index.js',
      sha256: '0c879fd020f317a5d8c6f76951cb1e919bb727d0fd88fdb630e38023fb7af862',
    },
    ours: 'src/theme/ColorModeToggle/index.tsx',
    what: 'The button is not `disabled` until hydration: a press in the first second is kept (src/enhancement/earlyClicks.ts) and applied once React runs; without JavaScript it is hidden.',
    why: 'A dead button on a slow phone reads as broken.',
    gain: 'Not a performance change.',
    issue: {
      draft:
        'ColorModeToggle renders `disabled` until useIsBrowser() is true. On a slow phone that is a dead button for the first second or more, announced as unavailable. Proposal: render it enabled, and apply a click received before hydration once the color-mode context is ready (or hide it with a no-JS style instead of disabling it).',
    },
    removeWhen: 'The upstream toggle works before hydration, or a wrapper can enable it.',
  },
  {
    id: 'color-mode-toggle-styles',
    kind: 'copied',
    derived: true,
    upstream: {
      ...THEME_CLASSIC,
      file: 'lib/theme/ColorModeToggle/styles.module.css',
      sha256: '4504230f1787839e710b95b4508730421487ec27691daf8675ccac87ccea8d6a',
    },
    ours: 'src/theme/ColorModeToggle/styles.module.css',
    what: "The ejected toggle's styles.",
    why: 'CSS modules are per file: the ejected component needs its own copy.',
    gain: 'Not a performance change.',
    issue: {draft: 'Same issue as color-mode-toggle.'},
    removeWhen: 'The toggle is no longer ejected.',
  },
  {
    id: 'heading',
    kind: 'ejected',
    derived: true,
    upstream: {
      ...THEME_CLASSIC,
      file: 'lib/theme/Heading/index.js',
      sha256: 'bd5eb7a8be21738b9bcf024362a6dc5abab627cda46a782890388b4eb2bcab8e',
    },
    ours: 'src/theme/Heading/index.tsx',
    what: "The anchor link's label names the heading by its text even when the heading holds markup, and the heading keeps the server HTML (src/hydration/Static.tsx).",
    why: 'Docusaurus falls back to the slug when a heading has inline code: a screen reader announced «qué-entra-con-copy---el-archivo-dockerignore».',
    gain: 'Part of «hydrate less»: hydrated React fibres 2 997 → 1 411 with src/hydration/Static.tsx (2026-12-03, README history).',
    issue: {
      draft:
        "Heading builds the hash link's aria-label from props.children only when it is a string, else from the id. A heading with inline code in it (`COPY`) gets a label made of its slug. Proposal: take the text content of the children (recursively), and fall back to the id only when it is empty.",
    },
    removeWhen:
      'The upstream label uses the heading text, and static parts can skip hydration without an ejected file.',
  },
  {
    id: 'heading-styles',
    kind: 'copied',
    derived: true,
    upstream: {
      ...THEME_CLASSIC,
      file: 'lib/theme/Heading/styles.module.css',
      sha256: 'd98e1baa79b2dfe27adceb3b74a8613d142ea7febf47fd83192489e15b9d1f68',
    },
    ours: 'src/theme/Heading/styles.module.css',
    what: "The ejected heading's styles.",
    why: 'CSS modules are per file: the ejected component needs its own copy.',
    gain: 'Not a performance change.',
    issue: {draft: 'Same issue as heading.'},
    removeWhen: 'The heading is no longer ejected.',
  },
  {
    id: 'last-updated',
    kind: 'ejected',
    derived: true,
    upstream: {
      ...THEME_CLASSIC,
      file: 'lib/theme/LastUpdated/index.js',
      sha256: '30948229c514009458316d5f6d94da1562993c6d05ca40f3f56be9079f89b35c',
    },
    ours: 'src/theme/LastUpdated/index.tsx',
    what: 'Writes the date with src/format/es.ts instead of Intl.DateTimeFormat.',
    why: "The page's first Intl object loads the locale's data: 100–150 ms at 4× CPU.",
    gain: 'With the other Intl removals: the 180 ms task «evaluate the components chunk» left the five longest tasks (bench:trace, 2026-12-02, README history).',
    issue: {
      draft:
        "LastUpdated formats its date with Intl.DateTimeFormat during render. The first Intl object of a page makes V8 load the locale's data (100–150 ms at 4× CPU in Chromium), inside hydration. The date is known at build time: render it as text on the server (with the ISO value in <time dateTime>) and skip Intl in the browser.",
    },
    removeWhen: 'LastUpdated renders its date without Intl in the browser.',
  },
  {
    id: 'ssr-template',
    kind: 'copied',
    derived: true,
    upstream: {
      ...CORE,
      file: 'lib/ssg/ssgTemplate.html.js',
      sha256: '5d6584e4a61b22d44bbbd7fe92a7a30352564b5a1dc89853a9bdbbf14d092597',
    },
    ours: 'src/enhancement/ssrTemplate.ts',
    what: "Docusaurus' page template with the scripts started after the first paint (src/enhancement/scriptsAfterPaint.ts) instead of <script defer>.",
    why: 'When main.js was evaluated before the largest text reached the screen, Lighthouse counted all the JS inside the LCP.',
    gain: 'npm run bench:overrides, 7 rounds each (2026-12-07): mobile LCP 1 076 ms with it (990–1 214) against 1 972 ms without (1 113–2 976), p = 0.001; score 91 against 87, p = 0.038; TBT p = 0.54.',
    issue: {
      draft:
        "The default SSG template loads the entry with <script defer> and preloads it. On a long page the evaluation of main.js can run before the first paint reaches the screen, and then Lighthouse's LCP includes it (1.1 s ↔ 2 s from one run to the next). Proposal: an option to start the entry after first-contentful-paint (plus a fallback timeout), as a documented alternative template.",
    },
    removeWhen:
      'Docusaurus can start its scripts after the first paint, or the LCP holds without it (bench:overrides).',
  },
  {
    id: 'dockerfile-ast-bom-without-buffer',
    kind: 'runtime-patch',
    upstream: {
      ...DOCKERFILE_AST,
      file: 'lib/util.js',
      sha256: '729a6f38dbb2794b3f38fd68456495c2c0f561a42ee3e76fbfec62bccc1b8fa9',
    },
    ours: 'src/dockerfile/parse.ts',
    what: "Util.isUTF8BOM compares the character with U+FEFF instead of encoding it with Node's Buffer.",
    why: "Buffer is the library's only Node dependency; the lab's worker has no Buffer and the bundle ships no shim for it.",
    gain: 'Not a speed change: it lets the parser run in the browser without a Buffer shim.',
    issue: {
      draft:
        'Util.isUTF8BOM(char) encodes the character with Buffer.from(char, "UTF-8") to compare it with EF BB BF, which is the same as char === "\\uFEFF". Buffer is the only reason the parser needs a Node polyfill in browsers and workers. Proposal: the plain comparison.',
    },
    removeWhen: 'dockerfile-ast stops using Buffer.',
  },
  {
    id: 'dockerfile-ast-plain-arguments',
    kind: 'runtime-patch',
    upstream: {
      ...DOCKERFILE_AST,
      file: 'lib/instruction.js',
      sha256: 'ba6b1322a7d4cbf5a20d16f389c0fe24813acc469158e0b61b3e448e92868cdc',
    },
    ours: 'src/dockerfile/parse.ts',
    what: 'Instruction.prototype.getRawArguments: for arguments without escapes, variables or quotes, positions are counted along the text instead of one positionAt per character.',
    why: 'positionAt per character was the largest share of checking a 200-line Dockerfile.',
    gain: 'bench:checker median 5.73–6.28 → 4.41–5.39 ms, 5 rounds each (2026-12-06, issue 38); tests/unit/dockerfile/parse.test.ts checks the same results as the library on LF and CRLF.',
    issue: {
      draft:
        'Instruction.getRawArguments calls document.positionAt for every character it scans, which is O(n) each on a TextDocument with line offsets, and most arguments have no escapes. Proposal: compute line/character incrementally while scanning (the scanner already walks the text in order).',
    },
    removeWhen: 'dockerfile-ast computes positions incrementally, or bench:checker shows no gain.',
  },
  {
    id: 'dockerfile-ast-memo-arguments',
    kind: 'runtime-patch',
    upstream: {
      ...DOCKERFILE_AST,
      file: 'lib/instruction.js',
      sha256: 'ba6b1322a7d4cbf5a20d16f389c0fe24813acc469158e0b61b3e448e92868cdc',
    },
    ours: 'src/dockerfile/parse.ts',
    what: 'getRawArguments is computed once per instruction (kept under a symbol).',
    why: 'The library recomputes it on every getArguments()/getFlags() call, and the rules call them many times.',
    gain: 'Part of the bench:checker gain above (2026-12-06).',
    issue: {
      draft:
        'Instruction.getArguments() and getFlags() re-run getRawArguments() on each call. An instruction is immutable once parsed: caching the raw arguments (lazily, on first call) would make repeated reads free.',
    },
    removeWhen: 'dockerfile-ast caches the arguments.',
  },
  {
    id: 'dockerfile-ast-counted-flags',
    kind: 'runtime-patch',
    upstream: {
      ...DOCKERFILE_AST,
      file: 'lib/modifiableInstruction.js',
      sha256: 'd5be11a7b2e464b58c3113ac10504d72d0a3d105db915805a25a36403e8de36f',
    },
    ours: 'src/dockerfile/parse.ts',
    what: 'ModifiableInstruction.getArguments counts the leading flags as getFlags would, instead of building every Flag to count them; the Flags are built when someone asks for them.',
    why: "JSONInstruction's constructor asks for the arguments, so every RUN and COPY built its flags (options, ranges, positions) while parsing, and only FROM, COPY, ADD and HEALTHCHECK flags are ever read.",
    gain: 'bench:checker, old and new code alternating, 4 runs each: median 4.26–4.69 → 3.68–3.89 ms, minimum 3.36–3.80 → 2.93–3.13 ms; the parse of the 200-line file 1.29 → 0.83 ms (2026-12-07, issue 38). tests/unit/dockerfile/parse.test.ts checks the same arguments and flags as the library on every fixture.',
    issue: {
      draft:
        "ModifiableInstruction.getArguments() calls getFlags() to know how many leading arguments to drop, and JSONInstruction's constructor calls getArguments(), so parsing builds a Flag (with its options and several positionAt lookups) for every flag of every RUN and COPY, even when nobody reads them. Proposal: count the flags from the argument values (the same stopSearchingForFlags test) and build Flag objects lazily in getFlags().",
    },
    removeWhen: 'dockerfile-ast builds flags lazily, or bench:checker shows no gain.',
  },
  {
    id: 'dockerfile-ast-memo-parse',
    kind: 'runtime-patch',
    upstream: {
      ...DOCKERFILE_AST,
      file: 'lib/main.js',
      sha256: '58ea496c247430a785a550ca4216834adc0a3086187b16d3465a888cbbf7d0f8',
    },
    ours: 'src/dockerfile/parse.ts',
    what: 'DockerfileParser.parse returns the last tree when asked for the same text again.',
    why: 'dockerfile-utils parses the text again for each of its checks on the same Dockerfile.',
    gain: 'Part of the bench:checker gain above (2026-12-06).',
    issue: {
      draft:
        "dockerfile-utils' validator calls DockerfileParser.parse on the same content more than once per validation. Passing the parsed Dockerfile through (or an optional parsed argument) would avoid re-parsing.",
    },
    removeWhen: 'dockerfile-utils parses once per validation.',
  },
];

/** An override measured with npm run bench:overrides that did not pay, and was removed. */
interface Dropped {
  readonly id: string;
  readonly what: string;
  /** Lighthouse mobile on the lesson, alternating rounds: medians on → off, and the p-value. */
  readonly measured: string;
  readonly date: string;
}

/**
 * @public read by tests/unit/overrides/ledger.test.ts and by people: what was tried, what it
 * gave, when, so nobody measures them again blind.
 */
export const DROPPED: readonly Dropped[] = [
  {
    id: 'prefetch-once',
    what: 'Text patch of @docusaurus/core prefetch.js: each chunk URL prefetched once.',
    measured:
      '7 rounds each: TBT 487 → 555 ms (318–944 vs 333–608), p = 0.90; LCP 1 140 → 1 144 ms, p = 0.46. Within noise: the prefetches run in idle time (src/hydration/idlePrefetch.ts), after the metrics.',
    date: '2026-12-07',
  },
];

/** Overrides switched off for this build: OVERRIDES_OFF=id[,id…], for measuring (bench). */
export function overridesOff(env: NodeJS.ProcessEnv = process.env): ReadonlySet<string> {
  const ids = new Set(
    (env.OVERRIDES_OFF ?? '')
      .split(',')
      .map((id) => id.trim())
      .filter(Boolean),
  );
  const unknown = [...ids].filter((id) => !OVERRIDES.some((entry) => entry.id === id));
  if (unknown.length > 0) {
    throw new Error(
      `OVERRIDES_OFF names no entry of src/overrides/ledger.ts: ${unknown.join(', ')}`,
    );
  }
  return ids;
}

/** The entries of one kind that this build applies. */
export function activeOverrides<K extends Override['kind']>(
  kind: K,
  env: NodeJS.ProcessEnv = process.env,
): Extract<Override, {kind: K}>[] {
  const off = overridesOff(env);
  return OVERRIDES.filter(
    (entry): entry is Extract<Override, {kind: K}> => entry.kind === kind && !off.has(entry.id),
  );
}
