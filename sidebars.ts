import type {SidebarsConfig} from '@docusaurus/plugin-content-docs';
import {chapters} from './src/data/course';
import {youtubeWatchUrl} from './src/utils/youtube';

// Built from the course data so that the sidebar, the index and the videos never disagree.
// Chapters without text on this site yet link to their video and say so.
const chapterItems = chapters.map((chapter) =>
  chapter.hasPage
    ? {type: 'doc' as const, id: chapter.slug, label: `${chapter.number}. ${chapter.sidebarLabel}`}
    : {
        type: 'link' as const,
        href: youtubeWatchUrl(chapter.youtubeId),
        label: `${chapter.number}. ${chapter.sidebarLabel} (solo vídeo)`,
      },
);

const sidebars = {
  course: [{type: 'doc' as const, id: 'index', label: 'Índice del curso'}, ...chapterItems],
} satisfies SidebarsConfig;

export default sidebars;
