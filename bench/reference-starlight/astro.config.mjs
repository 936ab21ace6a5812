// The seed chapter as a stock Starlight site: the docs theme many projects choose, measured
// beside ours by bench/run.mjs. Nothing tuned: defaults, Spanish, no integrations.
import starlight from '@astrojs/starlight';
import {defineConfig} from 'astro/config';

export default defineConfig({
  site: 'http://127.0.0.1',
  trailingSlash: 'never',
  build: {format: 'file'},
  integrations: [
    starlight({
      title: 'Curso de Docker',
      defaultLocale: 'root',
      locales: {root: {label: 'Español', lang: 'es'}},
      sidebar: [{label: 'Dockerfiles Multi-Stage y Distroless', link: '/dockerfiles_multi_stage_y_distroless'}],
    }),
  ],
});
