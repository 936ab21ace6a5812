// Why: adds "Avisar de un problema" beside "Editar esta página", prefilled with the page's title and URL.
import type {ReactNode} from 'react';
import EditThisPage from '@theme-original/EditThisPage';
import type EditThisPageType from '@theme/EditThisPage';
import type {WrapperProps} from '@docusaurus/types';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import {reportIssueUrl} from '@site/src/feedback/reportIssue';
import styles from './styles.module.css';

type Props = WrapperProps<typeof EditThisPageType>;

export default function EditThisPageWrapper(props: Props): ReactNode {
  const {siteConfig} = useDocusaurusContext();
  const {metadata} = useDoc();
  const repositoryUrl = String(siteConfig.customFields?.repositoryUrl ?? '');
  const pageUrl = new URL(metadata.permalink, siteConfig.url).href;
  return (
    <div className={styles.links}>
      <EditThisPage {...props} />
      <Link
        className={styles.report}
        href={reportIssueUrl({repositoryUrl, pageTitle: metadata.title, pageUrl})}>
        <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" className={styles.icon}>
          <path
            fill="currentColor"
            d="M8 1.5a6.5 6.5 0 1 0 0 13 6.5 6.5 0 0 0 0-13ZM0 8a8 8 0 1 1 16 0A8 8 0 0 1 0 8Zm9 3a1 1 0 1 1-2 0 1 1 0 0 1 2 0Zm-.25-6.25a.75.75 0 0 0-1.5 0v3.5a.75.75 0 0 0 1.5 0v-3.5Z"
          />
        </svg>
        <Translate id="theme.reportProblem" description="Link to open an issue about this page">
          Avisar de un problema
        </Translate>
      </Link>
    </div>
  );
}
