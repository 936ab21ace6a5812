import type {SidebarsConfig} from '@docusaurus/plugin-content-docs';
import {chapters, chaptersWithPage} from './src/data/course';
import {youtubeWatchUrl} from './src/youtube/youtube';

// Built from the course data so that the sidebar, the index and the videos never disagree.
// Chapters with a page on this site come first; the ones that are only a video follow in one
// collapsed group, in course order, each a single short line that links to its video.
const videoOnly = chapters.filter((chapter) => !chapter.hasPage);

const sidebars = {
  course: [
    {type: 'doc' as const, id: 'index', label: 'Índice del curso'},
    ...chaptersWithPage.map((chapter) => ({
      type: 'doc' as const,
      id: chapter.slug,
      label: `${chapter.number}. ${chapter.sidebarLabel}`,
      className: 'sidebar-chapter-with-page',
    })),
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
