import {themes as prismThemes} from 'prism-react-renderer';
import type {Config} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';

// The benchmark's reference: a plain Docusaurus classic site (the official template's settings)
// holding the seed chapter as plain Markdown, with Dockerfile highlighting and nothing else.
// bench/run.mjs copies the chapter in from tests/fixtures before building it.
export default {
  title: 'Curso de Docker',
  tagline: 'Referencia del benchmark',
  favicon: 'img/favicon.ico',
  future: {v4: true, faster: true},
  url: 'http://127.0.0.1',
  baseUrl: '/',
  // The seed links to the original site's README.md#índice, which does not exist here.
  onBrokenLinks: 'warn',
  markdown: {hooks: {onBrokenMarkdownLinks: 'warn'}},
  i18n: {defaultLocale: 'es', locales: ['es']},
  presets: [
    [
      'classic',
      {
        docs: {routeBasePath: '/', sidebarPath: undefined},
        blog: false,
        theme: {},
      } satisfies Preset.Options,
    ],
  ],
  themeConfig: {
    navbar: {title: 'Curso de Docker'},
    prism: {
      theme: prismThemes.github,
      darkTheme: prismThemes.dracula,
      additionalLanguages: ['docker'],
    },
  } satisfies Preset.ThemeConfig,
} satisfies Config;
