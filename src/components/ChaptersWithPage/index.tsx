import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {chapters, chaptersWithPage as withPage} from '@site/src/data/course';
import {listSeparator} from '@site/src/format/es';

/**
 * The course index's sentence about which chapters have their text here, from the course data:
 * giving a chapter its page (`hasPage: true`) updates it with no edit to docs/index.mdx.
 */
export default function ChaptersWithPage(): ReactNode {
  if (withPage.length === 0) {
    return <p>Por ahora, todos los capítulos están solo en vídeo: sus enlaces abren YouTube.</p>;
  }
  const links = withPage.map((chapter, index) => (
    <span key={chapter.slug}>
      {listSeparator(index, withPage.length)}
      <Link to={`/${chapter.slug}`}>
        {chapter.number}. {chapter.title}
      </Link>
    </span>
  ));
  const rest = chapters.length - withPage.length;
  return (
    <p>
      Por ahora, esta web tiene el texto{' '}
      {withPage.length === 1 ? 'del capítulo ' : 'de los capítulos '}
      {links}.
      {rest > 0 &&
        (rest === 1
          ? ' El otro capítulo, por ahora, solo está en vídeo: su enlace abre YouTube.'
          : ' Los demás capítulos, por ahora, solo están en vídeo: sus enlaces abren YouTube.')}
    </p>
  );
}
