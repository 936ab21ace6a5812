import type {SidebarsConfig} from '@docusaurus/plugin-content-docs';
import {chapterPageId, chapters, chaptersWithPage} from './src/data/course';
import type {Chapter} from './src/data/types';
import {youtubeWatchUrl} from './src/youtube/youtube';

// Built from the course data so that the sidebar, the index and the videos never disagree.
// Chapters with a page on this site come first: a chapter with further pages is a category whose
// own link is its lesson. The ones that are only a video follow in one collapsed group, in course
// order, each a single short line that links to its video.
const videoOnly = chapters.filter((chapter) => !chapter.hasPage);

const chapterItem = (chapter: Chapter) => {
  const label = `${chapter.number}. ${chapter.sidebarLabel}`;
  const pages = chapter.pages ?? [];
  if (pages.length === 0) {
    return {type: 'doc' as const, id: chapter.slug, label, className: 'sidebar-chapter-with-page'};
  }
  return {
    type: 'category' as const,
    label,
    className: 'sidebar-chapter-with-page',
    link: {type: 'doc' as const, id: chapter.slug},
    collapsible: true,
    collapsed: false,
    items: pages.map((page) => ({
      type: 'doc' as const,
      id: chapterPageId(chapter, page),
      label: page.sidebarLabel,
    })),
  };
};

const sidebars = {
  course: [
    {type: 'doc' as const, id: 'index', label: 'Índice del curso'},
    ...chaptersWithPage.map(chapterItem),
    ...(videoOnly.length > 0
      ? [
          {
            type: 'category' as const,
            label: `Solo en vídeo (${videoOnly.length})`,
            collapsible: true,
            collapsed: true,
            items: videoOnly.map((chapter) => ({
              type: 'link' as const,
              href: youtubeWatchUrl(chapter.youtubeId),
              label: `${chapter.number}. ${chapter.sidebarLabel}`,
            })),
          },
        ]
      : []),
  ],
} satisfies SidebarsConfig;

export default sidebars;
