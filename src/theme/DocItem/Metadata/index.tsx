// Why: adds schema.org JSON-LD (Course, chapter, VideoObject) to the course's doc pages.
import type {ReactNode} from 'react';
import Metadata from '@theme-original/DocItem/Metadata';
import Head from '@docusaurus/Head';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import {chapters, course} from '@site/src/data/course';
import {courseJsonLd} from '@site/src/seo/structuredData';

export default function MetadataWrapper(): ReactNode {
  const {siteConfig} = useDocusaurusContext();
  const {metadata} = useDoc();
  const siteUrl = new URL(siteConfig.baseUrl, siteConfig.url).href;
  const chapter = chapters.find((c) => c.hasPage && metadata.slug === `/${c.slug}`);
  const data = courseJsonLd(
    course,
    siteUrl,
    chapter && {
      chapter,
      page: {
        url: new URL(metadata.permalink, siteConfig.url).href,
        title: metadata.title,
        description: metadata.description,
      },
    },
  );
  return (
    <>
      <Metadata />
      <Head>
        <script type="application/ld+json">{JSON.stringify(data)}</script>
      </Head>
    </>
  );
}
