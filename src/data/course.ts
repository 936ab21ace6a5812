/**
 * The 'Curso de Docker' outline: one entry per chapter, in course order.
 *
 * Copied once from the course facts (public repository pabpereza/pabpereza, folder
 * docs/cursos/docker/, commit 5e70a05916f4a2927266505616037fcaa7e21fee, 2026-08-21). The sidebar,
 * the course index and the chapter video all read this module.
 *
 * To add a chapter: append an entry with the next number; set `hasPage: true` once its MDX file
 * exists in docs/ with the same slug. A chapter may have further pages after its lesson (`pages`):
 * each is docs/<chapter slug>/<page slug>.mdx and the sidebar groups them under the chapter. tests/unit/data/course.test.ts checks numbering, unique slugs,
 * 11-character video ids and that every page the data claims exists with matching front matter.
 */
import type {Chapter, ChapterPage, Course} from './types';
import {youtubePlaylistUrl} from '../youtube/youtube';

const PLAYLIST_ID = 'PLQhxXeq1oc2n7YnjRhq7qVMzZWtDY7Zz0';

export const chapters = [
  {
    number: 1,
    title: 'Curso de Docker desde cero',
    sidebarLabel: 'Introducción',
    slug: 'curso_de_docker_desde_cero',
    youtubeId: 'AquOM-ISsnA',
    hasPage: false,
  },
  {
    number: 2,
    title: 'Instalación de Docker Desktop y Docker Engine explicados',
    sidebarLabel: 'Instalación',
    slug: 'instalacion_de_docker_desktop_y_docker_engine_explicados',
    youtubeId: 'obALwLV-49U',
    hasPage: false,
  },
  {
    number: 3,
    title: 'Conceptos básicos de Docker, imágenes, contenedores y dockerfiles',
    sidebarLabel: 'Conceptos básicos',
    slug: 'conceptos_basicos_de_docker_imagenes_contenedores_y_dockerfiles',
    youtubeId: 'cWm3_PZR7Os',
    hasPage: false,
  },
  {
    number: 4,
    title: 'Cómo ejecutar un contenedor en Docker, comando docker run y opciones',
    sidebarLabel: 'Ejecutar un contenedor',
    slug: 'como_ejecutar_un_contenedor_en_docker_comando_docker_run_y_opciones',
    youtubeId: 'ImLoqbY9DNA',
    hasPage: false,
  },
  {
    number: 5,
    title: 'Gestión de contenedores en Docker, comandos stop, remove y más',
    sidebarLabel: 'Gestión de contenedores',
    slug: 'gestion_de_contenedores_en_docker_comandos_stop_remove_y_mas',
    youtubeId: 'wlFP0krYphg',
    hasPage: false,
  },
  {
    number: 6,
    title: 'Imágenes de contenedor en Docker, pull, search, rmi, prune',
    sidebarLabel: 'Imágenes',
    slug: 'imagenes_de_contenedor_en_docker_pull_search_rmi_prune',
    youtubeId: 'Q0AIECxW8Fo',
    hasPage: false,
  },
  {
    number: 7,
    title: 'Dockerfiles y Docker Build, Construcción de imágenes',
    sidebarLabel: 'Dockerfiles y Build',
    slug: 'dockerfiles_y_docker_build_construccion_de_imagenes',
    youtubeId: 'A8oXDTDhZWU',
    hasPage: false,
  },
  {
    number: 8,
    title: 'Entrypoints, argumentos y variables de entorno en Docker',
    sidebarLabel: 'Entrypoints y variables',
    slug: 'entrypoints_argumentos_y_variables_de_entorno_en_docker',
    youtubeId: 'bd8EoJbKmwQ',
    hasPage: false,
  },
  {
    number: 9,
    title: 'Gestión de imágenes en Docker, tags, exportar e importar',
    sidebarLabel: 'Gestión de imágenes',
    slug: 'gestion_de_imagenes_en_docker_tags_exportar_e_importar',
    youtubeId: '5CNQMeYUBPs',
    hasPage: false,
  },
  {
    number: 10,
    title: 'Volúmenes, persistencia y montaje de archivos en Docker',
    sidebarLabel: 'Volúmenes y archivos',
    slug: 'volumenes_persistencia_y_montaje_de_archivos_en_docker',
    youtubeId: 'APgKgrcibvs',
    hasPage: false,
  },
  {
    number: 11,
    title: 'Redes en Docker, cómo crear redes, conectar contenedores y tipos de redes',
    sidebarLabel: 'Redes',
    slug: 'redes_en_docker_como_crear_redes_conectar_contenedores_y_tipos_de_redes',
    youtubeId: 'lQoh9gaEvvc',
    hasPage: false,
  },
  {
    number: 12,
    title: 'Docker Compose, cómo definir y ejecutar aplicaciones con múltiples contenedores',
    sidebarLabel: 'Docker Compose',
    slug: 'docker_compose_como_definir_y_ejecutar_aplicaciones_con_multiples_contenedores',
    youtubeId: 'oR0nBx5C9DM',
    hasPage: false,
  },
  {
    number: 13,
    title: 'Docker Swarm, orquestación de contenedores y escalabilidad',
    sidebarLabel: 'Docker Swarm',
    slug: 'docker_swarm_orquestacion_de_contenedores_y_escalabilidad',
    youtubeId: 'bvUZuANQdhI',
    hasPage: false,
  },
  {
    number: 14,
    title: 'Tu primera app completa en Docker',
    sidebarLabel: 'Tu primera app',
    slug: 'tu_primera_app_completa_en_docker',
    youtubeId: 'hXh_ej-hsMg',
    hasPage: false,
  },
  {
    number: 15,
    title: 'Docker en producción',
    sidebarLabel: 'En producción',
    slug: 'docker_en_produccion',
    youtubeId: 'eh4YS9x9CDU',
    hasPage: false,
  },
  {
    number: 16,
    title: 'Límites y control de recursos en Docker',
    sidebarLabel: 'Límites y recursos',
    slug: 'limites_y_control_de_recursos_en_docker',
    youtubeId: 'uWngx9hg_uk',
    hasPage: false,
  },
  {
    number: 17,
    title: 'Buildx y Multiarquitectura en Docker',
    sidebarLabel: 'Buildx y Multiarquitectura',
    slug: 'buildx_y_multiarquitectura_en_docker',
    youtubeId: 'umfTMXWgLlo',
    hasPage: false,
  },
  {
    number: 18,
    title: 'Dockerfiles Multi-Stage y Distroless',
    sidebarLabel: 'Multi-Stage y Distroless',
    slug: 'dockerfiles_multi_stage_y_distroless',
    youtubeId: '6p-z8ozXlqM',
    hasPage: true,
    pages: [{slug: 'recetas', title: 'Recetas por lenguaje', sidebarLabel: 'Recetas por lenguaje'}],
  },
] as const satisfies readonly Chapter[];

/** The chapters whose text is on this site, in course order: sidebar, navbar, footer, index. */
export const chaptersWithPage: readonly Chapter[] = chapters.filter((chapter) => chapter.hasPage);

/** The chapter whose page holds the Dockerfile lab's exercises (src/lab/exercises.ts). */
export const labChapter: Chapter = chapters[17];

/** Doc id and URL path (no leading slash) of a chapter's extra page. */
export const chapterPageId = (chapter: Chapter, page: ChapterPage): string =>
  `${chapter.slug}/${page.slug}`;

export const course = {
  title: 'Curso de Docker',
  playlistId: PLAYLIST_ID,
  playlistUrl: youtubePlaylistUrl(PLAYLIST_ID),
  chapters,
} as const satisfies Course;
