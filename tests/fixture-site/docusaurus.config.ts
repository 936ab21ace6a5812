/**
 * A small site for the specs that test how the framework behaves (hydration, early clicks,
 * scripts after paint, the navigation bar), not what the chapter says: the site's own
 * configuration, theme, plugins and client entry, with the docs of ./docs instead of the
 * course. Content edits to the chapter cannot break those specs, and a change to the framework
 * layer still does. Built by `npm run build:fixture` into build-fixture/ (the site's root stays
 * the siteDir, so src/theme and static/ are the site's).
 */
import type {Config} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import site from '../../docusaurus.config';

type NavbarItem = {readonly to?: string; readonly type?: string};
type FooterColumn = {readonly title: string; readonly items: readonly NavbarItem[]};

const [classic] = site.presets as [[string, Preset.Options]];
const [presetName, presetOptions] = classic;
const themeConfig = site.themeConfig as Preset.ThemeConfig;
const navbar = themeConfig.navbar as {readonly items: readonly NavbarItem[]};
const footer = themeConfig.footer as {readonly links: readonly FooterColumn[]};
/** The chapter and lab links of the navbar and the footer point at pages this site has not. */
const onThisSite = (item: NavbarItem): boolean =>
  item.type !== 'dropdown' && item.type !== 'html' && (item.to === undefined || item.to === '/');

const config: Config = {
  ...site,
  title: 'Sitio de prueba del Curso de Docker',
  presets: [
    [
      presetName,
      {
        ...presetOptions,
        docs: {
          ...presetOptions.docs,
          path: 'tests/fixture-site/docs',
          sidebarPath: 'tests/fixture-site/sidebars.ts',
          editUrl: undefined,
          showLastUpdateTime: false,
        },
        // src/pages is the lab's page, which links to the chapter.
        pages: false,
      } satisfies Preset.Options,
    ],
  ],
  themeConfig: {
    ...themeConfig,
    navbar: {...navbar, items: navbar.items.filter(onThisSite)},
    footer: {
      ...footer,
      links: footer.links.map((column) => ({...column, items: column.items.filter(onThisSite)})),
    },
  },
};

export default config;
