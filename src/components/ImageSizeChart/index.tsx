import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import {
  CONTAINERS_BEST_PRACTICES,
  chartedExamples,
  exampleUrl,
  omittedExamples,
} from '@site/src/data/imageSizes';
import type {ImageSizeMeasurement, MeasuredImage} from '@site/src/data/types';
import {formatImageSize, formatRatio, parseImageSize} from '@site/src/data/imageSize';
import {formatMonthYear} from '@site/src/format/es';
import styles from './styles.module.css';

function bytesOf(image: MeasuredImage): number {
  const bytes = parseImageSize(image.size);
  if (bytes === null) throw new Error(`ImageSizeChart: "${image.size}" is not an image size`);
  return bytes;
}

function SizeCell({
  image,
  largest,
  label,
  final,
}: {
  readonly image: MeasuredImage;
  readonly largest: number;
  readonly label: ReactNode;
  readonly final: boolean;
}): ReactNode {
  const share = bytesOf(image) / largest;
  return (
    // eslint-disable-next-line jsx-a11y/no-interactive-element-to-noninteractive-role -- explicit table roles, see ImageSizeChart
    <td role="cell" className={styles.sizeCell}>
      {/* The column header says this to screen readers; the label is for the stacked layout. */}
      <span className={styles.cellLabel} aria-hidden="true">
        {label}
      </span>
      <strong className={styles.size}>{formatImageSize(image.size)}</strong>
      <span className={styles.track} aria-hidden="true">
        <span
          className={final ? styles.barMulti : styles.barSingle}
          style={{inlineSize: `${(share * 100).toFixed(2)}%`}}
        />
      </span>
      <span className={styles.base}>
        <code translate="no">{image.base}</code>{' '}
        <span className={styles.file}>({image.dockerfile})</span>
      </span>
    </td>
  );
}

/** A reason written with `code` in backticks, as text and code elements. */
function Reason({text}: {readonly text: string}): ReactNode {
  return text.split('`').map((part, index) =>
    index % 2 === 1 ? (
      <code key={index} translate="no">
        {part}
      </code>
    ) : (
      part
    ),
  );
}

/** The id of a pair's note under the table. */
const noteId = (entry: ImageSizeMeasurement): string =>
  `tamano-${entry.example.replace(/[^a-z0-9]+/g, '-')}`;

/** One pair's verdict on starting, with its reason, under the table. */
function StartNote({entry}: {readonly entry: ImageSizeMeasurement}): ReactNode {
  const verdicts = {
    'would-start': translate({id: 'imageSizeChart.wouldStart', message: 'arrancaría'}),
    'would-not-start': translate({id: 'imageSizeChart.wouldNotStart', message: 'no arrancaría'}),
    unknown: translate({
      id: 'imageSizeChart.unknownStart',
      message: 'no se puede saber si arrancaría',
    }),
  };
  return (
    <li id={noteId(entry)}>
      <Link href={exampleUrl(entry)} translate="no">
        {entry.example}
      </Link>{' '}
      (<code translate="no">{entry.multiStage.dockerfile}</code>):{' '}
      <strong>{verdicts[entry.start.verdict]}</strong>: <Reason text={entry.start.why} />
    </li>
  );
}

/**
 * The cited size chart: figures measured by another repository on its own example apps, with
 * their bases, both sizes, the ratio and a link to each example at the measured commit. Only the
 * pairs whose multi-stage image would start are drawn; the others are listed with the reason. A
 * real table (server-rendered), so screen readers and readers without JavaScript get the same
 * data; the bars are decoration on a linear scale shared by every row.
 */
export default function ImageSizeChart(): ReactNode {
  const largest = Math.max(
    ...chartedExamples.flatMap((entry) => [bytesOf(entry.singleStage), bytesOf(entry.multiStage)]),
  );
  const source = CONTAINERS_BEST_PRACTICES;
  const singleLabel = <Translate id="imageSizeChart.singleStage">Una etapa</Translate>;
  const multiLabel = <Translate id="imageSizeChart.multiStage">Multi-stage</Translate>;
  return (
    <figure className={styles.chart}>
      <figcaption className={styles.caption}>
        <span className={styles.title}>
          <Translate id="imageSizeChart.title">
            Tamaño de la imagen final: una etapa frente a multi-stage
          </Translate>
        </span>
        <span className={styles.source}>
          <Translate
            id="imageSizeChart.source"
            description="Citation of the measured sizes: who, when, on what"
            values={{
              source: (
                <Link href={`${source.repository}/tree/${source.commit}`}>
                  containers-best-practices
                </Link>
              ),
              date: formatMonthYear(new Date(`${source.date}T00:00:00Z`)),
              commit: <code translate="no">{source.commit.slice(0, 7)}</code>,
            }}>
            {
              'Tamaños que publica la integración continua de {source} ({date}, commit {commit}) al construir sus propias aplicaciones de ejemplo, no los Dockerfiles de esta página. Esa integración construye y mide, pero no arranca las imágenes.'
            }
          </Translate>
        </span>
      </figcaption>
      {/* Explicit roles: the stacked layout for phones changes display, which makes some
          browsers drop the table semantics. */}
      {/* eslint-disable jsx-a11y/no-redundant-roles */}
      <table role="table" className={styles.table}>
        {/* On phones, hidden from view and kept for screen readers: the header cells still name
            each value. */}
        <thead role="rowgroup" className="visually-hidden-on-phones">
          <tr role="row">
            <th role="columnheader" scope="col">
              <Translate id="imageSizeChart.example">Ejemplo medido</Translate>
            </th>
            <th role="columnheader" scope="col">
              {singleLabel}
            </th>
            <th role="columnheader" scope="col">
              {multiLabel}
            </th>
            <th role="columnheader" scope="col">
              <Translate id="imageSizeChart.ratio">Reducción</Translate>
            </th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          {chartedExamples.map((entry) => (
            <tr role="row" key={entry.example} className={styles.row}>
              <th role="rowheader" scope="row" className={styles.example}>
                <Link href={exampleUrl(entry)} translate="no">
                  {entry.example}
                </Link>
                <span className={styles.app}>{entry.app}</span>
                <a className={styles.starts} href={`#${noteId(entry)}`}>
                  <Translate id="imageSizeChart.whyStarts">por qué arrancaría</Translate>
                </a>
              </th>
              <SizeCell
                image={entry.singleStage}
                largest={largest}
                label={singleLabel}
                final={false}
              />
              <SizeCell image={entry.multiStage} largest={largest} label={multiLabel} final />
              {/* eslint-disable-next-line jsx-a11y/no-interactive-element-to-noninteractive-role -- see <table> */}
              <td role="cell" className={styles.ratio}>
                {translate(
                  {
                    id: 'imageSizeChart.ratioValue',
                    message: '{ratio} veces menor',
                    description: 'How many times smaller the multi-stage image is',
                  },
                  {ratio: formatRatio(bytesOf(entry.singleStage) / bytesOf(entry.multiStage))},
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {/* eslint-enable jsx-a11y/no-redundant-roles */}
      <div className={styles.notes}>
        <p className={styles.notesTitle}>
          <Translate id="imageSizeChart.startNotes">
            Leídas contra su imagen base, porque esa integración no las arranca:
          </Translate>
        </p>
        <ul className={styles.notesList}>
          {chartedExamples.map((entry) => (
            <StartNote key={entry.example} entry={entry} />
          ))}
        </ul>
        {omittedExamples.length > 0 && (
          <>
            <p className={styles.notesTitle}>
              <Translate id="imageSizeChart.omitted">
                Fuera de la tabla, para que nadie tome su tamaño como meta:
              </Translate>
            </p>
            <ul className={styles.notesList}>
              {omittedExamples.map((entry) => (
                <StartNote key={entry.example} entry={entry} />
              ))}
            </ul>
          </>
        )}
      </div>
    </figure>
  );
}
