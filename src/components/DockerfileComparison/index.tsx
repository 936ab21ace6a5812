import {Children, isValidElement, type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import type {ComparisonPane, ComparisonStage} from './types';
import styles from './styles.module.css';

export interface Props {
  /** Filled in at build time by src/remark/dockerfiles.ts from the fenced blocks inside. */
  readonly panes?: readonly ComparisonPane[];
  /** One sentence saying what the comparison shows. */
  readonly caption?: string;
  /** Two to four fenced ```dockerfile blocks, each with a title="…". */
  readonly children: ReactNode;
}

function stageLabel(stage: ComparisonStage): string {
  return (
    stage.name ??
    translate(
      {id: 'dockerfileComparison.unnamedStage', message: 'etapa {index}'},
      {index: String(stage.index)},
    )
  );
}

function StageList({pane}: {readonly pane: ComparisonPane}): ReactNode {
  return (
    <ol
      className={styles.stages}
      aria-label={translate(
        {id: 'dockerfileComparison.stagesLabel', message: 'Etapas de «{title}»'},
        {title: pane.title},
      )}>
      {pane.stages.map((stage) => (
        <li key={stage.index} className={clsx(styles.stage, stage.isFinal && styles.finalStage)}>
          <span className={styles.stageName}>{stageLabel(stage)}</span>{' '}
          <code translate="no" className={styles.stageBase}>
            FROM {stage.base}
          </code>{' '}
          <span className={clsx(styles.verdict, stage.isFinal && styles.verdictFinal)}>
            <span aria-hidden="true">{stage.isFinal ? '▶ ' : '✕ '}</span>
            {stage.isFinal ? (
              <Translate id="dockerfileComparison.final">lo que se publica</Translate>
            ) : (
              <Translate id="dockerfileComparison.discarded">se descarta</Translate>
            )}
          </span>
        </li>
      ))}
    </ol>
  );
}

function CopyNote({pane}: {readonly pane: ComparisonPane}): ReactNode {
  if (pane.copies.length === 0) return null;
  return (
    <p className={styles.copyNote}>
      {pane.copies.map((copy, i) => (
        <span key={copy.line}>
          {i > 0 && ' '}
          <Translate
            id="dockerfileComparison.copyLine"
            description="Explains a highlighted COPY --from line"
            values={{
              line: copy.line,
              from: <code translate="no">{copy.from}</code>,
            }}>
            {'Línea {line} resaltada: trae archivos desde {from}.'}
          </Translate>
        </span>
      ))}
    </p>
  );
}

function SizeBar({
  size,
  largest,
}: {
  readonly size: NonNullable<ComparisonPane['size']>;
  readonly largest: number;
}): ReactNode {
  const ratio = largest > 0 ? size.bytes / largest : 0;
  const {repository, commit, date} = size.provenance;
  return (
    <div className={styles.size}>
      <span className={styles.sizeText}>
        <Translate
          id="dockerfileComparison.size"
          description="Size measured on exactly this Dockerfile, with its source"
          values={{
            size: <strong>{size.label}</strong>,
            source: <Link href={`${repository}/tree/${commit}`}>{date}</Link>,
          }}>
          {'Imagen final: {size} (medida el {source})'}
        </Translate>
      </span>
      <span className={styles.sizeTrack} aria-hidden="true">
        <span className={styles.sizeBar} style={{inlineSize: `${(ratio * 100).toFixed(2)}%`}} />
      </span>
    </div>
  );
}

/**
 * Two to four Dockerfiles side by side (stacked on narrow screens), each with its stages, the
 * final image marked, the COPY --from lines highlighted and, when this very Dockerfile was
 * built and measured, its size.
 */
export default function DockerfileComparison({panes, caption, children}: Props): ReactNode {
  if (!panes) {
    throw new Error(
      'DockerfileComparison received no analysed panes: src/remark/dockerfiles.ts must be in the docs remarkPlugins',
    );
  }
  const blocks = Children.toArray(children).filter(isValidElement);
  if (blocks.length !== panes.length) {
    throw new Error(
      `DockerfileComparison expects ${panes.length} code blocks, got ${blocks.length}`,
    );
  }
  const sizes = panes.flatMap((pane) => (pane.size ? [pane.size.bytes] : []));
  const largest = Math.max(0, ...sizes);

  return (
    <figure className={styles.comparison}>
      {caption && <figcaption className={styles.caption}>{caption}</figcaption>}
      <div className={styles.panes} data-panes={panes.length}>
        {panes.map((pane, i) => (
          <section key={pane.title} className={styles.pane} aria-label={pane.title}>
            <StageList pane={pane} />
            <div className={styles.code}>{blocks[i]}</div>
            <CopyNote pane={pane} />
            {pane.size && <SizeBar size={pane.size} largest={largest} />}
          </section>
        ))}
      </div>
    </figure>
  );
}
