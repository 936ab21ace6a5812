import {Children, isValidElement, useEffect, useId, useRef, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import Translate, {translate} from '@docusaurus/Translate';
import {
  LineFoldsContext,
  LineMarksContext,
  type LineFold,
  type LineMarkKind,
} from '@site/src/codeBlocks/lineMarks';
import Static from '@site/src/hydration/Static';
import {WITHOUT_JS_ATTRIBUTE} from '@site/src/enhancement/requiresJs';
import type {LineMark} from '@site/src/dockerfile/lineDiff';
import {formatList} from '@site/src/format/es';
import StageDiagram from '@site/src/components/StageDiagram';
import {paneAnchor} from '@site/src/comparison/anchors';
import type {ComparisonPane} from '@site/src/comparison/types';
import styles from './styles.module.css';

export interface Props {
  /** Filled in at build time by src/remark/dockerfiles.ts from the fenced blocks inside. */
  readonly panes?: readonly ComparisonPane[];
  /** Filled in at build time: the figure's id, which lab exercises link to. */
  readonly anchor?: string;
  /** One sentence saying what the comparison shows. */
  readonly caption?: string;
  /** Two to four fenced ```dockerfile blocks, each with a title="…". */
  readonly children: ReactNode;
}

type Side = 'before' | 'after';

/** A pane's marks against the other pane shown: its own lines are removed or added by side. */
function marksFor(pane: ComparisonPane, other: number, side: Side): Map<number, LineMarkKind> {
  const only: LineMarkKind = side === 'before' ? 'removed' : 'added';
  return new Map(
    (pane.diffs[other] ?? []).map((mark: LineMark) => [
      mark.line,
      mark.kind === 'changed' ? 'changed' : only,
    ]),
  );
}

/** «cambia la línea 2», «se añaden las líneas 9, 10 y 11»: the verb agrees with the lines. */
function linesPart(kind: LineMarkKind, numbers: readonly number[]): string {
  const list = formatList(numbers.map(String));
  const one = numbers.length === 1;
  switch (kind) {
    case 'changed':
      return one
        ? translate(
            {id: 'dockerfileComparison.changedLine', message: 'cambia la línea {list}'},
            {list},
          )
        : translate(
            {id: 'dockerfileComparison.changedLines', message: 'cambian las líneas {list}'},
            {list},
          );
    case 'removed':
      return one
        ? translate(
            {id: 'dockerfileComparison.removedLine', message: 'se quita la línea {list}'},
            {list},
          )
        : translate(
            {id: 'dockerfileComparison.removedLines', message: 'se quitan las líneas {list}'},
            {list},
          );
    default:
      return one
        ? translate(
            {id: 'dockerfileComparison.addedLine', message: 'se añade la línea {list}'},
            {list},
          )
        : translate(
            {id: 'dockerfileComparison.addedLines', message: 'se añaden las líneas {list}'},
            {list},
          );
  }
}

/** What the marks and highlights of a pane say, for screen readers. */
function paneSummary(
  pane: ComparisonPane,
  marks: ReadonlyMap<number, LineMarkKind>,
  otherTitle: string,
): string {
  const of = (kind: LineMarkKind): number[] =>
    [...marks].filter(([, value]) => value === kind).map(([line]) => line);
  const parts = [
    of('changed').length > 0 && linesPart('changed', of('changed')),
    of('removed').length > 0 && linesPart('removed', of('removed')),
    of('added').length > 0 && linesPart('added', of('added')),
  ].filter((part): part is string => Boolean(part));
  const diff =
    parts.length > 0
      ? translate(
          {id: 'dockerfileComparison.summaryDiff', message: 'Frente a «{other}»: {parts}.'},
          {other: otherTitle, parts: parts.join('; ')},
        )
      : translate(
          {id: 'dockerfileComparison.summarySame', message: 'Igual que «{other}».'},
          {other: otherTitle},
        );
  const copies = pane.copies.map((copy) =>
    translate(
      {
        id: 'dockerfileComparison.copyLine',
        message: 'La línea {line} trae archivos desde {from}.',
        description: 'Explains a highlighted COPY --from line to screen readers',
      },
      {line: copy.line, from: copy.from},
    ),
  );
  return [diff, ...copies].join(' ');
}

/** The words of each fold's control: how many lines, and which pane shows them. */
function foldsFor(pane: ComparisonPane): LineFold[] {
  return pane.folds.map(({start, end, sameAs}) => ({
    start,
    end,
    summary: translate(
      {
        id: 'dockerfileComparison.fold',
        message: '{count} líneas iguales que en «{pane}»',
        description: 'Control that unfolds lines a pane shares with an earlier pane',
      },
      {count: end - start + 1, pane: sameAs},
    ),
    show: translate({id: 'dockerfileComparison.foldShow', message: '(mostrar)'}),
    hide: translate({id: 'dockerfileComparison.foldHide', message: '(ocultar)'}),
  }));
}

function Legend(): ReactNode {
  return (
    <Static
      as="ul"
      className={styles.legend}
      aria-label={translate({id: 'dockerfileComparison.legend', message: 'Leyenda'})}>
      <li>
        <span className={clsx(styles.legendMark, styles.legendRemoved)} aria-hidden="true">
          −
        </span>{' '}
        <Translate id="dockerfileComparison.legendRemoved">solo en «antes»: se quita</Translate>
      </li>
      <li>
        <span className={clsx(styles.legendMark, styles.legendAdded)} aria-hidden="true">
          +
        </span>{' '}
        <Translate id="dockerfileComparison.legendAdded">solo en «después»: se añade</Translate>
      </li>
      <li>
        <span className={clsx(styles.legendMark, styles.legendChanged)} aria-hidden="true">
          ~
        </span>{' '}
        <Translate id="dockerfileComparison.legendChanged">cambia</Translate>
      </li>
      <li>
        <span className={clsx(styles.legendMark, styles.legendCopy)} aria-hidden="true" />{' '}
        <Translate id="dockerfileComparison.legendCopy">trae archivos de otra etapa</Translate>
      </li>
    </Static>
  );
}

/**
 * Two to four Dockerfiles compared two at a time: side by side on wide screens, stacked on
 * narrow ones, with the lines that differ marked and each pane's stages drawn as a diagram. With
 * more than two, the reader picks which two ("antes" and "después"); without JavaScript every
 * pane shows, stacked.
 */
export default function DockerfileComparison({panes, anchor, caption, children}: Props): ReactNode {
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
  const id = useId();
  // Lab exercises link to the figure and its panes: tell the build's anchor check they exist.
  const brokenLinks = useBrokenLinks();
  const paneIds = panes.map((_, i) => (anchor ? paneAnchor(anchor, i) : undefined));
  if (anchor) [anchor, ...paneIds].forEach((target) => target && brokenLinks.collectAnchor(target));
  // The first two panes: a comparison is written in the order a reader should follow.
  const [pair, setPair] = useState<readonly [number, number]>([0, 1]);
  const [before, after] = pair;

  // A link to a pane that the picker is not showing (#comparativa-1-3) shows it, as "después".
  const linkedPane = useRef<string | null>(null);
  useEffect(() => {
    const showLinkedPane = (): void => {
      const index = paneIds.indexOf(decodeURIComponent(window.location.hash.slice(1)));
      const target = index < 0 ? null : document.getElementById(paneIds[index] ?? '');
      // Shown already: the browser has scrolled to it.
      if (!target?.hidden) return;
      linkedPane.current = target.id;
      setPair(([shownBefore]) => [shownBefore, index]);
    };
    showLinkedPane();
    window.addEventListener('hashchange', showLinkedPane);
    return () => window.removeEventListener('hashchange', showLinkedPane);
    // paneIds derive from props that do not change after the build.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [anchor]);
  // The pane was hidden when the browser looked for the link's target: scroll once it shows.
  useEffect(() => {
    if (!linkedPane.current) return;
    document.getElementById(linkedPane.current)?.scrollIntoView();
    linkedPane.current = null;
  });

  const pick = (side: Side, index: number): void => {
    setPair(([b, a]) => {
      // Choosing the pane already on the other side swaps the two.
      if (side === 'before') return [index, index === a ? b : a];
      return [index === b ? a : b, index];
    });
  };

  const picker = (side: Side): ReactNode => (
    <label className={styles.pickerField}>
      <span className={styles.pickerLabel}>
        {side === 'before' ? (
          <Translate id="dockerfileComparison.before">Antes</Translate>
        ) : (
          <Translate id="dockerfileComparison.after">Después</Translate>
        )}
      </span>
      <select
        value={side === 'before' ? before : after}
        onChange={(event) => pick(side, Number(event.target.value))}>
        {panes.map((pane, i) => (
          <option key={pane.title} value={i}>
            {pane.title}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <figure
      id={anchor}
      className={styles.comparison}
      aria-labelledby={caption ? `${id}-caption` : undefined}>
      {caption && (
        <figcaption id={`${id}-caption`} className={styles.caption}>
          {caption}
        </figcaption>
      )}
      <div className={styles.toolbar}>
        {panes.length > 2 && (
          <fieldset className={styles.picker} data-requires-js>
            <legend className={styles.pickerLegend}>
              <Translate
                id="dockerfileComparison.pick"
                values={{count: panes.length}}
                description="Picks which two of the comparison's Dockerfiles are shown">
                {'Comparar dos de los {count} Dockerfiles'}
              </Translate>
            </legend>
            {picker('before')}
            {picker('after')}
          </fieldset>
        )}
        <Legend />
      </div>
      <div className={styles.panes} {...{[WITHOUT_JS_ATTRIBUTE]: 'stack'}}>
        {panes.map((pane, i) => {
          const side: Side | null = i === before ? 'before' : i === after ? 'after' : null;
          const other = side === 'before' ? after : before;
          const marks = side ? marksFor(pane, other, side) : null;
          return (
            <section
              key={pane.title}
              id={paneIds[i]}
              className={styles.pane}
              aria-label={pane.title}
              hidden={side === null}
              data-side={side ?? undefined}
              {...{[WITHOUT_JS_ATTRIBUTE]: 'show'}}>
              <StageDiagram pane={pane} />
              <div className={styles.code}>
                <LineFoldsContext value={foldsFor(pane)}>
                  <LineMarksContext value={marks}>{blocks[i]}</LineMarksContext>
                </LineFoldsContext>
              </div>
              {marks && (
                <p className="visually-hidden">
                  {paneSummary(pane, marks, panes[other]?.title ?? '')}
                </p>
              )}
            </section>
          );
        })}
      </div>
    </figure>
  );
}
