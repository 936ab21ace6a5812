import type {Config} from '@docusaurus/types';
import type {Chapter} from './src/data/types';
import type * as Preset from '@docusaurus/preset-classic';
import {chaptersWithPage, course} from './src/data/course';
import {onBrokenMarkdownLinks} from './src/remark/links';
import {remarkPlugins} from './src/mdx/chain';
import courseFilesPlugin from './src/plugins/courseFiles';
import codeBlocksPlugin, {CSS_VARIABLE_THEME} from './src/codeBlocks';
import securityHeadersPlugin from './src/plugins/securityHeaders';
import dependencyPatchesPlugin from './src/plugins/dependencyPatches';
import browserModulesPlugin from './src/plugins/browserModules';
import publishedTagsPlugin from './src/plugins/publishedTags';
import bundleReportPlugin from './src/plugins/bundleReport';
import compileHintsPlugin from './src/plugins/compileHints';
import {NO_SCRIPT_STYLE} from './src/enhancement/requiresJs';
import {EARLY_CLICKS_SCRIPT} from './src/enhancement/earlyClicks';
import {SSR_TEMPLATE} from './src/enhancement/ssrTemplate';
import {overridesOff} from './src/overrides/ledger';
import rehypeStatic from './src/hydration/rehypeStatic';

// Runs in Node.js at build time: no browser APIs here.

/** The project's GitHub repository: edit links, "report a problem" and the navbar point here. */
const REPOSITORY_URL = 'https://github.com/curso-docker-es/curso-docker';
/** Where the site is published; overridable so a fork can deploy to its own GitHub Pages. */
const SITE_URL = process.env.SITE_URL ?? 'https://curso-docker-es.github.io';
const BASE_URL = process.env.BASE_URL ?? '/';

// The navbar and the footer list the chapters that have a page, from the course data.
const chapterLink = (chapter: Chapter) => ({
  to: `/${chapter.slug}`,
  label: `${chapter.number}. ${chapter.sidebarLabel}`,
});
const [onlyChapter] = chaptersWithPage;
const chaptersNavItem =
  chaptersWithPage.length === 1 && onlyChapter
    ? {to: `/${onlyChapter.slug}`, label: `Capítulo ${onlyChapter.number}`}
    : {type: 'dropdown' as const, label: 'Capítulos', items: chaptersWithPage.map(chapterLink)};

const config = {
  title: course.title,
  tagline:
    'Aprende Docker en español, de cero a producción: imágenes, contenedores, Compose, Dockerfiles multi-stage y distroless.',
  favicon: 'img/favicon.ico',

  future: {
    v4: true,
    // Rspack-based build from @docusaurus/faster: about 10 s instead of 85 s with webpack.
    faster: true,
  },

  url: SITE_URL,
  baseUrl: BASE_URL,
  trailingSlash: false,

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',
  markdown: {
    hooks: {
      // Our hook says how to fix the link; Docusaurus' own message says how to silence it.
      onBrokenMarkdownLinks,
      onBrokenMarkdownImages: 'throw',
    },
  },

  customFields: {
    repositoryUrl: REPOSITORY_URL,
  },

  i18n: {
    defaultLocale: 'es',
    locales: ['es'],
  },

  plugins: [
    courseFilesPlugin,
    codeBlocksPlugin,
    securityHeadersPlugin,
    dependencyPatchesPlugin,
    browserModulesPlugin,
    publishedTagsPlugin,
    bundleReportPlugin,
    compileHintsPlugin,
  ],
  // Scripts run after the first paint (src/enhancement/scriptsAfterPaint.ts), so after
  // DOMContentLoaded: the banner that Docusaurus shows when they have not run by then would
  // always show.
  // A copy of Docusaurus' template: entry «ssr-template» of src/overrides/ledger.ts.
  ssrTemplate: overridesOff().has('ssr-template') ? undefined : SSR_TEMPLATE,
  baseUrlIssueBanner: false,
  headTags: [
    {tagName: 'noscript', attributes: {}, innerHTML: NO_SCRIPT_STYLE},
    {tagName: 'script', attributes: {}, innerHTML: EARLY_CLICKS_SCRIPT},
  ],

  themes: [
    [
      '@easyops-cn/docusaurus-search-local',
      {
        // Offline search built at build time; Spanish stemming ("contenedores" finds "contenedor").
        language: ['es'],
        hashed: true,
        indexDocs: true,
        indexBlog: false,
        indexPages: false,
        docsRouteBasePath: '/',
        explicitSearchResultPath: true,
        searchResultLimits: 8,
        searchBarShortcutHint: true,
      },
    ],
  ],

  presets: [
    [
      'classic',
      {
        docs: {
          // The course is the whole site: `/` is the course index (docs/index.mdx).
          routeBasePath: '/',
          sidebarPath: './sidebars.ts',
          editUrl: `${REPOSITORY_URL}/edit/main/`,
          breadcrumbs: true,
          // The chain, in order, with what each plugin checks: src/mdx/chain.ts.
          remarkPlugins: remarkPlugins(),
          // Last: it reads the HTML the remark chain produced.
          rehypePlugins: [rehypeStatic],
          showLastUpdateTime: true,
        },
        blog: false,
        theme: {
          customCss: './src/css/custom.css',
        },
      } satisfies Preset.Options,
    ],
  ],

  themeConfig: {
    image: 'img/curso-docker-social.png',
    colorMode: {
      respectPrefersColorScheme: true,
    },
    docs: {
      sidebar: {
        hideable: true,
      },
    },
    navbar: {
      title: course.title,
      logo: {
        alt: 'Inicio del Curso de Docker',
        src: 'img/logo.svg',
        width: 32,
        height: 32,
      },
      items: [
        {to: '/', label: 'Índice', position: 'left', activeBaseRegex: '^/$'},
        ...(chaptersWithPage.length > 0 ? [{...chaptersNavItem, position: 'left' as const}] : []),
        {
          // A plain link: a Docusaurus link would prefetch the lab's page on every page load.
          type: 'html',
          position: 'left',
          value: `<a class="navbar__item navbar__link" href="${BASE_URL}laboratorio">Laboratorio</a>`,
        },
        {href: course.playlistUrl, label: 'Vídeos en YouTube', position: 'right'},
        {href: REPOSITORY_URL, label: 'GitHub', position: 'right'},
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: 'Curso',
          items: [{label: 'Índice del curso', to: '/'}, ...chaptersWithPage.map(chapterLink)],
        },
        {
          title: 'Vídeos',
          items: [{label: 'Lista de reproducción en YouTube', href: course.playlistUrl}],
        },
        {
          title: 'Colabora',
          items: [
            {label: 'Código fuente en GitHub', href: REPOSITORY_URL},
            {label: 'Cómo contribuir', href: `${REPOSITORY_URL}/blob/main/CONTRIBUTING.md`},
          ],
        },
      ],
      // The footer renders this as HTML: the two licences of LICENSE, each linked.
      copyright:
        `Curso de Docker en español. Textos y figuras: <a href="https://creativecommons.org/licenses/by-sa/4.0/deed.es" rel="license">CC BY-SA 4.0</a>; ` +
        `código: <a href="${REPOSITORY_URL}/blob/main/LICENSE">MIT</a> (detalles en LICENSE). Docker es una marca de Docker, Inc.`,
    },
    prism: {
      // Code is highlighted at build time (src/codeBlocks/remark.ts) and coloured by CSS
      // generated from lightCodeTheme/darkCodeTheme (src/codeBlocks/index.ts), so the
      // theme Docusaurus sees is the same CSS-variable theme in both modes and the browser
      // registers no Prism language.
      theme: CSS_VARIABLE_THEME,
      darkTheme: CSS_VARIABLE_THEME,
      additionalLanguages: [],
    },
  } satisfies Preset.ThemeConfig,
} satisfies Config;

export default config;
