import {lazy, Suspense, useId, useState, type ReactNode} from 'react';
import CodeBlock from '@theme/CodeBlock';
import Link from '@docusaurus/Link';
import {labProgressStore} from '@site/src/lab/progress';
import type {LabDockerfile, LabExerciseData} from '@site/src/remark/labExercises';
import {useStoredSet} from '@site/src/progress/useStoredSet';
import styles from './styles.module.css';

// The editor, the checker and CodeMirror load when a reader opens a lab, never with the page.
const LabEditor = lazy(() => import('@site/src/lab/LabEditor'));

export interface Props {
  /** Id of an exercise in src/data/labExercises.ts. */
  readonly exercise: string;
  /** Filled in at build time by src/remark/labExercises.ts. */
  readonly data?: LabExerciseData;
}

/** A Dockerfile of the exercise: printed here, or named and linked when a pane shows it. */
function ExerciseDockerfile({
  printed,
  code,
  title,
  paneIntro,
}: {
  readonly printed: LabDockerfile;
  readonly code: string | null;
  readonly title: string;
  readonly paneIntro: string;
}): ReactNode {
  if ('pane' in printed) {
    return (
      <p>
        {paneIntro} <Link href={`#${printed.anchor}`}>«{printed.pane}»</Link>, en la comparativa.
      </p>
    );
  }
  return (
    <CodeBlock
      language="dockerfile"
      title={title}
      {...{highlightedHtml: printed.highlightedHtml ?? undefined}}>
      {code ?? ''}
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
      `DockerfileLab "${id}" received no exercise: src/remark/labExercises.ts must be in the docs remarkPlugins`,
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
      <p className={styles.kicker}>
        Laboratorio · ejercicio {position} de {total}
      </p>
      <p id={titleId} className={styles.title}>
        {exercise.title}
        {isSolved && <span className={styles.done}> ✓ resuelto</span>}
      </p>
      <p>{exercise.statement}</p>
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
          <ExerciseDockerfile
            printed={exercise.printedStart}
            code={exercise.start}
            title="Dockerfile de partida"
            paneIntro="Dockerfile de partida:"
          />
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
        Progreso: {solved.length} de {total} ejercicios
      </p>
      {'pane' in exercise.printedSolution ? (
        <ExerciseDockerfile
          printed={exercise.printedSolution}
          code={null}
          title=""
          paneIntro="Una solución:"
        />
      ) : (
        <details className={styles.solution}>
          <summary>Ver solución</summary>
          <ExerciseDockerfile
            printed={exercise.printedSolution}
            code={exercise.solution}
            title="Una solución"
            paneIntro=""
          />
        </details>
      )}
    </section>
  );
}
