/**
 * A Dockerfile's stages drawn as boxes and arrows (FROM and COPY --from), with a text list for a
 * single stage. Shared by the side-by-side comparison and the lab, which both hand it a pane from
 * src/comparison/.
 */
import {useId, type ReactNode} from 'react';
import clsx from 'clsx';
import Translate, {translate} from '@docusaurus/Translate';
import Static from '@site/src/hydration/Static';
import type {StageEdge} from '@site/src/dockerfile/stageGraph';
import type {ComparisonPane, ComparisonStage} from '@site/src/comparison/types';
import styles from './styles.module.css';

const WIDTH = 320;
const BOX_HEIGHT = 50;
const ROW_GAP = 30;
const GAP = 12;
const CHAR_WIDTH = 6.6;

function stageLabel(stage: ComparisonStage): string {
  return (
    stage.name ??
    translate(
      {id: 'dockerfileComparison.unnamedStage', message: 'etapa {index}'},
      {index: String(stage.index)},
    )
  );
}

function verdict(stage: ComparisonStage): string {
  if (stage.isFinal) {
    return translate({id: 'dockerfileComparison.final', message: 'lo que se publica'});
  }
  if (!stage.isNeeded) {
    return translate({
      id: 'dockerfileComparison.notBuilt',
      message: 'no se construye',
      description: 'A stage the final image does not depend on: BuildKit skips it',
    });
  }
  return translate({id: 'dockerfileComparison.discarded', message: 'se descarta'});
}

/** Text that fits `width` px of the diagram's monospace font, cut with an ellipsis. */
function fit(text: string, width: number): string {
  const chars = Math.floor((width - 12) / CHAR_WIDTH);
  return text.length <= chars ? text : `${text.slice(0, Math.max(1, chars - 1))}…`;
}

/** Rows by depth: a stage sits one row below the deepest stage it uses. */
function layers(pane: ComparisonPane): number[][] {
  const depth = pane.stages.map(() => 0);
  for (const stage of pane.stages) {
    for (const edge of pane.edges) {
      if (edge.to === stage.index && typeof edge.from === 'number') {
        depth[stage.index] = Math.max(depth[stage.index] ?? 0, (depth[edge.from] ?? 0) + 1);
      }
    }
  }
  const rows: number[][] = [];
  pane.stages.forEach((stage) => {
    (rows[depth[stage.index] ?? 0] ??= []).push(stage.index);
  });
  return rows.filter(Boolean);
}

function edgeLabel(edge: StageEdge): string {
  return edge.kind === 'from'
    ? 'FROM'
    : edge.lines.length > 1
      ? `COPY ×${edge.lines.length}`
      : 'COPY';
}

/** The stages as a text list: what screen readers get, and the whole view for one stage. */
function StageList({
  pane,
  visible,
}: {
  readonly pane: ComparisonPane;
  readonly visible: boolean;
}): ReactNode {
  return (
    <ol
      className={clsx(styles.stages, !visible && 'visually-hidden')}
      aria-label={translate(
        {id: 'dockerfileComparison.stagesLabel', message: 'Etapas de «{title}»'},
        {title: pane.title},
      )}>
      {pane.stages.map((stage) => (
        <li key={stage.index} className={styles.stage}>
          <span className={styles.stageName}>{stageLabel(stage)}</span>{' '}
          <code translate="no" className={styles.stageBase}>
            FROM {stage.base}
          </code>{' '}
          <span className={clsx(styles.verdict, stage.isFinal && styles.verdictFinal)}>
            <span aria-hidden="true">{stage.isFinal ? '▶ ' : '✕ '}</span>
            {verdict(stage)}
          </span>
        </li>
      ))}
    </ol>
  );
}

/**
 * A pane's stages as boxes and its FROM/COPY --from edges as arrows, drawn on the server: the
 * published stage has a solid, thick border; discarded ones are dashed and dimmed, so the
 * difference survives greyscale. Decorative for assistive technology, which reads StageList.
 */
export default function StageDiagram({pane}: {readonly pane: ComparisonPane}): ReactNode {
  // Unique per diagram: several panes on a page share titles ("Una sola etapa").
  const markerId = `arrow${useId().replace(/\W/g, '')}`;
  if (pane.stages.length < 2) {
    return (
      <Static as="div" className={styles.diagram}>
        <StageList pane={pane} visible />
      </Static>
    );
  }
  const rows = layers(pane);
  const boxes = new Map<number, {x: number; y: number; width: number}>();
  rows.forEach((row, r) => {
    const width = (WIDTH - GAP * (row.length - 1)) / row.length;
    row.forEach((index, k) => {
      boxes.set(index, {x: k * (width + GAP), y: r * (BOX_HEIGHT + ROW_GAP), width});
    });
  });
  const height = rows.length * BOX_HEIGHT + (rows.length - 1) * ROW_GAP;
  return (
    <Static as="div" className={styles.diagram}>
      <p className={styles.diagramTitle} aria-hidden="true">
        <Translate id="dockerfileComparison.diagramTitle">Etapas</Translate>
      </p>
      <svg
        className={styles.diagramSvg}
        viewBox={`-2 -2 ${WIDTH + 4} ${height + 4}`}
        aria-hidden="true"
        focusable="false">
        <defs>
          <marker
            id={markerId}
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto-start-reverse">
            <path d="M0 0 L10 5 L0 10 z" className={styles.arrowHead} />
          </marker>
        </defs>
        {pane.edges.map((edge) => {
          const to = boxes.get(edge.to);
          const from = typeof edge.from === 'number' ? boxes.get(edge.from) : undefined;
          if (!to || !from) return null;
          const x1 = from.x + from.width / 2;
          const y1 = from.y + BOX_HEIGHT;
          const x2 = to.x + to.width / 2;
          const y2 = to.y;
          return (
            <g key={`${String(edge.from)}-${edge.to}-${edge.kind}`}>
              <line
                x1={x1}
                y1={y1}
                x2={x2}
                y2={y2 - 1}
                className={clsx(styles.edge, edge.kind === 'from' && styles.edgeFrom)}
                markerEnd={`url(#${markerId})`}
              />
              <text x={(x1 + x2) / 2 + 6} y={(y1 + y2) / 2 + 4} className={styles.edgeLabel}>
                {edgeLabel(edge)}
              </text>
            </g>
          );
        })}
        {pane.stages.map((stage) => {
          const box = boxes.get(stage.index);
          if (!box) return null;
          return (
            <g
              key={stage.index}
              className={clsx(
                styles.box,
                stage.isFinal ? styles.boxFinal : styles.boxDiscarded,
                !stage.isNeeded && styles.boxSkipped,
              )}>
              <rect x={box.x} y={box.y} width={box.width} height={BOX_HEIGHT} rx="4" />
              <text x={box.x + 8} y={box.y + 15} className={styles.boxName}>
                {fit(`${stage.isFinal ? '▶ ' : ''}${stageLabel(stage)}`, box.width)}
              </text>
              <text x={box.x + 8} y={box.y + 29} className={styles.boxBase}>
                {fit(stage.base, box.width)}
              </text>
              <text x={box.x + 8} y={box.y + 43} className={styles.boxVerdict}>
                {fit(verdict(stage), box.width)}
              </text>
            </g>
          );
        })}
      </svg>
      <StageList pane={pane} visible={false} />
    </Static>
  );
}
