import {useId, type ReactNode} from 'react';
import clsx from 'clsx';
import Translate from '@docusaurus/Translate';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import {
  LANGUAGE_NAMES,
  NOTHING_AT_RUNTIME,
  isLanguageName,
  languageDependencies,
} from '@site/src/data/languageDependencies';
import type {LanguageDependencies, LanguageName, RuntimeImageKind} from '@site/src/data/types';
import styles from './styles.module.css';

export interface Props {
  /** Language whose details start open, e.g. highlight="Go". */
  readonly highlight?: LanguageName;
}

const KIND_LABELS: Readonly<Record<RuntimeImageKind, string>> = {
  jre: 'JRE',
  slim: 'slim',
  alpine: 'alpine',
  distroless: 'distroless',
  scratch: 'scratch',
};

function RuntimeCell({entry}: {readonly entry: LanguageDependencies}): ReactNode {
  if (entry.runtimeDependencies !== null) return entry.runtimeDependencies;
  return (
    <>
      <span aria-hidden="true">∅ </span>
      {NOTHING_AT_RUNTIME}
    </>
  );
}

function Details({
  entry,
  open,
  group,
}: {
  readonly entry: LanguageDependencies;
  readonly open: boolean;
  readonly group: string;
}): ReactNode {
  return (
    // Native <details>: keyboard, state announcement and no-JS reading come for free; the shared
    // name makes the rows an exclusive accordion (one language at a time).
    <details className={styles.details} name={group} open={open}>
      <summary className={styles.summary}>
        <Translate
          id="languageDependencyTable.summary"
          values={{language: entry.language}}
          description="Opens the detail of one language in the dependency table">
          {'Imágenes de ejemplo para {language}'}
        </Translate>
      </summary>
      <dl className={styles.detailList}>
        <dt>
          <Translate id="languageDependencyTable.buildImage">Etapa de construcción</Translate>
        </dt>
        <dd>
          <code translate="no">FROM {entry.buildImage}</code>
        </dd>
        <dt>
          <Translate id="languageDependencyTable.runtimeImages">Etapa final (se publica)</Translate>
        </dt>
        <dd>
          <ul className={styles.images}>
            {entry.runtimeImages.map((image) => (
              <li key={image.image}>
                <code translate="no">FROM {image.image}</code>{' '}
                <span className={styles.kind}>{KIND_LABELS[image.kind]}</span>{' '}
                {image.builtFrom !== undefined && (
                  <>
                    <Translate
                      id="languageDependencyTable.builtFrom"
                      description="Before the build stage image a final image needs instead of the row's">
                      Se construye en
                    </Translate>{' '}
                    <code translate="no">FROM {image.builtFrom}</code>.{' '}
                  </>
                )}
                {image.note}
              </li>
            ))}
          </ul>
        </dd>
        <dt>
          <Translate id="languageDependencyTable.keeps">Qué queda en la imagen final</Translate>
        </dt>
        <dd>{entry.keeps}</dd>
      </dl>
    </details>
  );
}

/**
 * The chapter's language table: build-time against run-time dependencies, with per-language
 * example images. Server-rendered; works without JavaScript.
 */
export default function LanguageDependencyTable({highlight}: Props): ReactNode {
  if (highlight !== undefined && !isLanguageName(highlight)) {
    throw new Error(
      `LanguageDependencyTable: prop "highlight" is "${String(highlight)}"; allowed values: ${LANGUAGE_NAMES.join(', ')}`,
    );
  }
  const captionId = useId();
  const brokenLinks = useBrokenLinks();
  // Row ids are link targets (e.g. #dependencias-go); register them so the build's anchor check
  // knows they exist.
  languageDependencies.forEach((entry) => brokenLinks.collectAnchor(entry.anchor));
  const group = `language-deps-${captionId}`;
  return (
    <div
      className={styles.wrapper}
      role="region"
      aria-labelledby={captionId}
      // Focusable so keyboard users can scroll it if a very narrow screen makes it overflow
      // (WCAG 2.1.1; axe's scrollable-region-focusable).
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}>
      <table className={styles.table}>
        <caption id={captionId} className={styles.caption}>
          <Translate id="languageDependencyTable.caption">
            Dependencias que un Dockerfile multi-stage deja fuera de la imagen final, por lenguaje
          </Translate>
        </caption>
        <thead>
          <tr>
            <th scope="col">
              <Translate id="languageDependencyTable.language">Lenguaje</Translate>
            </th>
            <th scope="col">
              <Translate id="languageDependencyTable.build">Dependencias en construcción</Translate>
            </th>
            <th scope="col">
              <Translate id="languageDependencyTable.runtime">Dependencias en ejecución</Translate>
            </th>
          </tr>
        </thead>
        <tbody>
          {languageDependencies.map((entry) => {
            const selected = entry.language === highlight;
            return [
              <tr
                key={entry.language}
                id={entry.anchor}
                className={clsx(styles.languageRow, selected && styles.selected)}>
                <th scope="row">{entry.language}</th>
                <td>{entry.buildDependencies}</td>
                <td>
                  <RuntimeCell entry={entry} />
                </td>
              </tr>,
              <tr key={`${entry.language}-detail`} className={styles.detailRow}>
                <td colSpan={3}>
                  <Details entry={entry} open={selected} group={group} />
                </td>
              </tr>,
            ];
          })}
        </tbody>
      </table>
    </div>
  );
}
