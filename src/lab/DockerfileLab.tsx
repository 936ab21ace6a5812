import {Suspense, useId, useState, type ReactNode} from 'react';
import CodeBlock from '@theme/CodeBlock';
import Link from '@docusaurus/Link';
import {labProgressStore} from './progress';
import type {LabDockerfile, LabExerciseData} from './remark';
import {useStoredSet} from '@site/src/progress/useStoredSet';
import Static from '@site/src/hydration/Static';
import styles from './DockerfileLab.module.css';
// The editor, the checker and CodeMirror load when a reader opens a lab, never with the page.
import {LazyLabEditor as LabEditor} from './lazyEditor';

export interface Props {
  /** Id of an exercise in src/lab/exercises.ts. */
  readonly exercise: string;
  /** Filled in at build time by src/lab/remark.ts. */
  readonly data?: LabExerciseData;
}

/** A Dockerfile that a comparison on the page shows: named, and linked to its pane. */
function PaneLink({
  intro,
  target,
}: {
  readonly intro: string;
  readonly target: Extract<LabDockerfile, {pane: string}>;
}): ReactNode {
  return (
    <Static as="p">
      {intro} <Link href={`#${target.anchor}`}>«{target.pane}»</Link>, en la comparativa.
    </Static>
  );
}

/** A Dockerfile the exercise prints itself, with the build's highlighting. */
function PrintedDockerfile({
  code,
  title,
  printed,
}: {
  readonly code: string;
  readonly title: string;
  readonly printed: Extract<LabDockerfile, {highlightedHtml: string | null}>;
}): ReactNode {
  // `highlightedHtml` is a prop of our CodeBlock (src/codeBlocks/theme/CodeBlock), not of the theme's type.
  const highlighting = {highlightedHtml: printed.highlightedHtml ?? undefined};
  return (
    <CodeBlock language="dockerfile" title={title} {...highlighting}>
      {code}
    </CodeBlock>
  );
}

/**
 * A lab exercise in the chapter: statement, what is asked, the starting Dockerfile and the model
 * solution (in a disclosure) are server-rendered and work without JavaScript; "Abrir en el
 * laboratorio" swaps the starting Dockerfile for an editor with live checks and grading.
 */
export default function DockerfileLab({exercise: id, data: exercise}: Props): ReactNode {
  if (!exercise || exercise.id !== id) {
    throw new Error(
      `DockerfileLab "${id}" received no exercise: src/lab/remark.ts must be in the docs remarkPlugins`,
    );
  }
  const titleId = useId();
  const [open, setOpen] = useState(false);
  const store = labProgressStore(exercise.ids);
  const solved = useStoredSet(store);
  const {position, total} = exercise;
  const isSolved = solved.includes(exercise.id);

  return (
    <section className={styles.exercise} aria-labelledby={titleId}>
      <p className={styles.kicker}>{`Laboratorio · ejercicio ${position} de ${total}`}</p>
      <p id={titleId} className={styles.title}>
        {exercise.title}
        {isSolved && <span className={styles.done}> ✓ resuelto</span>}
      </p>
      <p>{exercise.statement}</p>
      <Static as="div" className={styles.context}>
        <p className={styles.contextTitle}>El proyecto (el contexto de construcción):</p>
        <ul className={styles.contextFiles}>
          {exercise.context.map((file) => (
            <li key={file.path}>
              <code translate="no">{file.path}</code>: {file.description}
            </li>
          ))}
        </ul>
      </Static>
      {open ? (
        <Suspense fallback={<p role="status">Cargando el editor…</p>}>
          <LabEditor
            initial={exercise.start}
            label={`Dockerfile del ejercicio «${exercise.title}»`}
            exerciseId={exercise.id}
            onSolved={store.add}
            focusOnOpen
          />
        </Suspense>
      ) : (
        <>
          {'pane' in exercise.printedStart ? (
            <PaneLink intro="Dockerfile de partida:" target={exercise.printedStart} />
          ) : (
            <PrintedDockerfile
              code={exercise.start}
              title="Dockerfile de partida"
              printed={exercise.printedStart}
            />
          )}
          <button
            type="button"
            className="button button--primary"
            data-requires-js
            onClick={() => setOpen(true)}>
            Abrir en el laboratorio
          </button>
        </>
      )}
      <p className={styles.progress} data-requires-js>
        {`Progreso: ${solved.length} de ${total} ejercicios`}
      </p>
      {'pane' in exercise.printedSolution ? (
        <PaneLink intro="Una solución:" target={exercise.printedSolution} />
      ) : (
        <details className={styles.solution}>
          <summary>Ver solución</summary>
          <PrintedDockerfile
            code={exercise.solution ?? ''}
            title="Una solución"
            printed={exercise.printedSolution}
          />
        </details>
      )}
    </section>
  );
}
