/**
 * The lab's editor, loaded only when a reader opens a lab (React.lazy): CodeMirror 6 with the
 * Dockerfile mode, the course's checker as its linter (on every pause in typing), the list of
 * problems, the stage diagram and, for an exercise, the grading.
 */
import {
  useEffect,
  useImperativeHandle,
  useMemo,
  useRef,
  useState,
  type ReactNode,
  type Ref,
} from 'react';
import clsx from 'clsx';
import {EditorState} from '@codemirror/state';
import {EditorView, keymap, lineNumbers, highlightActiveLine} from '@codemirror/view';
import {defaultKeymap, history, historyKeymap} from '@codemirror/commands';
import {HighlightStyle, StreamLanguage, syntaxHighlighting} from '@codemirror/language';
import {dockerFile} from '@codemirror/legacy-modes/mode/dockerfile';
import {
  linter,
  lintGutter,
  setDiagnostics,
  type Diagnostic as EditorDiagnostic,
} from '@codemirror/lint';
import {tags} from '@lezer/highlight';
import StageDiagram from '@site/src/components/DockerfileComparison/StageDiagram';
import {paneFromReport} from '@site/src/comparison/pane';
import {labExercises} from '@site/src/data/labExercises';
import type {LabExercise} from '@site/src/data/types';
import {formatDecimal} from '@site/src/format/es';
import type {Diagnostic} from '../dockerfile';
import {checkLabText, type LabCheckResult} from './check';
import {grade, runImage, type Grade, type LabRun} from './grading';
import styles from './styles.module.css';

/** Same token classes as the site's code blocks: their colours (and contrast) apply here. */
const TOKEN_CLASSES = HighlightStyle.define([
  {tag: tags.keyword, class: 'token keyword'},
  {tag: tags.string, class: 'token string'},
  {tag: tags.comment, class: 'token comment'},
  {tag: tags.variableName, class: 'token variable'},
  {tag: tags.number, class: 'token number'},
]);

const LINT_DELAY_MS = 300;

export interface Props {
  readonly initial: string;
  /** Accessible name of the editor; it contains "Dockerfile". */
  readonly label: string;
  /** An exercise of src/data/labExercises.ts to grade, if any. */
  readonly exerciseId?: string;
  readonly onChange?: (text: string) => void;
  readonly onSolved?: (id: string) => void;
  /** Put the caret in the editor once it exists: the button the reader pressed is gone. */
  readonly focusOnOpen?: boolean;
  /** The build context's .dockerignore (the free lab's optional panel), for CopyIgnoredFile. */
  readonly dockerignore?: string;
  /** The text as it is now; `onChange` only reports it once typing pauses. */
  readonly handle?: Ref<LabEditorHandle>;
}

export interface LabEditorHandle {
  readonly text: () => string;
}

function editorDiagnostics(
  view: EditorView,
  diagnostics: readonly Diagnostic[],
): EditorDiagnostic[] {
  const {doc} = view.state;
  return diagnostics
    .filter((d) => d.line >= 1 && d.line <= doc.lines)
    .map((d) => {
      const line = doc.line(d.line);
      return {
        from: line.from,
        to: line.to,
        severity: d.severity,
        source: d.rule,
        message: `${d.message} ${d.fix}`,
      };
    });
}

/** Whose rule a problem is: a reader must tell Docker's verdict from the course's advice. */
const SOURCE_LABELS: Record<Diagnostic['source'], string> = {
  buildkit: 'regla de Docker',
  hadolint: 'regla de hadolint',
  course: 'regla del curso',
};

const plural = (count: number, one: string, many: string): string =>
  `${formatDecimal(count, 0)} ${count === 1 ? one : many}`;

function Problems({result}: {readonly result: LabCheckResult}): ReactNode {
  const diagnostics = result.report?.diagnostics ?? [];
  const summary =
    diagnostics.length === 0
      ? result.report
        ? 'Ningún problema'
        : 'Sin analizar'
      : plural(diagnostics.length, 'problema', 'problemas');
  return (
    <section className={styles.problems} aria-label="Problemas">
      <p className={styles.panelTitle}>Problemas</p>
      <p role="status" aria-live="polite" className={styles.summary}>
        {summary}
      </p>
      {result.notice && <p className={styles.notice}>{result.notice}</p>}
      {diagnostics.length > 0 && (
        <ul className={styles.problemList}>
          {diagnostics.map((d) => (
            <li key={`${d.rule}-${d.line}-${d.message}`} className={styles[d.severity]}>
              <span className={styles.where}>
                Línea {d.line} · <code translate="no">{d.rule}</code> ({SOURCE_LABELS[d.source]}) ·{' '}
                {d.severity === 'error' ? 'error' : 'aviso'}
              </span>{' '}
              {d.message} <span className={styles.fix}>{d.fix}</span>{' '}
              <a href={d.url} target="_blank" rel="noreferrer">
                Más sobre {d.rule}
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Where a published file comes from, in words: «etapa builder», «el contexto», an image. */
function origin(run: LabRun, from: number | string): string {
  if (from === 'context') return 'el contexto de construcción';
  if (typeof from === 'string') return `la imagen ${from}`;
  const stage = run.model?.stages[from];
  return stage?.name ? `la etapa ${stage.name}` : `la etapa ${from}`;
}

/** «Al ejecutar»: the command, the user, the published files and the dry run's verdict. */
function WhenRun({run}: {readonly run: LabRun}): ReactNode {
  const {model, failure} = run;
  if (!model) return null;
  const {final, argv} = model;
  const user = final.user === '' ? 'root (el de la imagen base)' : final.user;
  const files = final.files.filter((file) => file.from !== 'context' && !file.contents);
  return (
    <section className={styles.whenRun} aria-label="Al ejecutar">
      <p className={styles.panelTitle}>Al ejecutar</p>
      <dl className={styles.runFacts}>
        <dt>Ejecuta</dt>
        <dd>
          {argv.length > 0 ? (
            <code translate="no">{JSON.stringify(argv)}</code>
          ) : (
            'nada (no hay ENTRYPOINT ni CMD)'
          )}
        </dd>
        <dt>Como usuario</dt>
        <dd>
          <code translate="no">{user}</code>
        </dd>
        {files.length > 0 && (
          <>
            <dt>Trae de otras etapas</dt>
            <dd>
              <ul className={styles.runFiles}>
                {files.map((file) => (
                  <li key={`${file.line}-${file.path}`}>
                    <code translate="no">{file.path}</code>, de {origin(run, file.from)} (línea{' '}
                    {file.line})
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
      <div role="status" aria-live="polite" className={styles.runVerdict}>
        {failure ? (
          <>
            <p>
              <strong>✗ No arranca:</strong> {failure.reason}
            </p>
            <pre className={styles.runError} translate="no">
              {failure.error}
            </pre>
          </>
        ) : (
          <p>
            <strong>✓ Arranca:</strong> nada de lo que el laboratorio sabe de esta imagen lo impide.
          </p>
        )}
      </div>
    </section>
  );
}

export default function LabEditor({
  initial,
  label,
  exerciseId,
  onChange,
  onSolved,
  focusOnOpen = false,
  dockerignore = '',
  handle,
}: Props): ReactNode {
  const exercise: LabExercise | undefined = labExercises.find((e) => e.id === exerciseId);
  const host = useRef<HTMLDivElement>(null);
  const viewRef = useRef<EditorView | null>(null);
  const [result, setResult] = useState<LabCheckResult>(() => checkLabText(initial, dockerignore));
  const [graded, setGraded] = useState<Grade | null>(null);
  useImperativeHandle(
    handle,
    () => ({text: () => viewRef.current?.state.doc.toString() ?? initial}),
    [initial],
  );
  // The editor is created once; its linter reaches the latest callbacks through this ref.
  const callbacks = useRef({onChange, dockerignore});
  useEffect(() => {
    callbacks.current = {onChange, dockerignore};
  }, [onChange, dockerignore]);
  // A new .dockerignore changes the verdict on the same Dockerfile: check it again now (the
  // editor's linter only runs when its own text changes).
  useEffect(() => {
    const view = viewRef.current;
    if (!view) return;
    const checked = checkLabText(view.state.doc.toString(), dockerignore);
    setResult(checked);
    view.dispatch(
      setDiagnostics(view.state, editorDiagnostics(view, checked.report?.diagnostics ?? [])),
    );
  }, [dockerignore]);

  useEffect(() => {
    if (!host.current) return undefined;
    const view = new EditorView({
      parent: host.current,
      state: EditorState.create({
        doc: initial,
        extensions: [
          lineNumbers(),
          highlightActiveLine(),
          history(),
          // No Tab binding: Tab moves focus on, as everywhere else on the page.
          keymap.of([...defaultKeymap, ...historyKeymap]),
          StreamLanguage.define(dockerFile),
          syntaxHighlighting(TOKEN_CLASSES),
          EditorView.lineWrapping,
          EditorView.contentAttributes.of({'aria-label': label}),
          lintGutter(),
          linter(
            (editor) => {
              const text = editor.state.doc.toString();
              const checked = checkLabText(text, callbacks.current.dockerignore);
              setResult(checked);
              callbacks.current.onChange?.(text);
              return checked.report ? editorDiagnostics(editor, checked.report.diagnostics) : [];
            },
            {delay: LINT_DELAY_MS},
          ),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) setGraded(null);
          }),
        ],
      }),
    });
    viewRef.current = view;
    if (focusOnOpen) view.focus();
    return () => {
      view.destroy();
      viewRef.current = null;
    };
    // The editor owns its text once created; `initial` only seeds it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const pane = useMemo(
    () => (result.report ? paneFromReport(result.report, {title: 'tu Dockerfile'}) : null),
    [result],
  );
  const run = useMemo(() => (result.report ? runImage(result.report) : null), [result]);

  const check = (): void => {
    if (!exercise || !viewRef.current) return;
    const current = checkLabText(viewRef.current.state.doc.toString(), dockerignore);
    setResult(current);
    const outcome: Grade = current.report
      ? grade(exercise, current.report)
      : {solved: false, failed: exercise.requirements, run: {model: null, failure: null}};
    setGraded(outcome);
    if (outcome.solved) onSolved?.(exercise.id);
  };

  return (
    <div className={styles.wrap}>
      <div className={styles.lab}>
        <div ref={host} className={clsx(styles.editor, 'prism-code', 'language-dockerfile')} />
        <div className={styles.side}>
          <Problems result={result} />
          {run && <WhenRun run={run} />}
          {pane && pane.stages.length > 0 && (
            <div className={styles.graph}>
              <StageDiagram pane={pane} />
            </div>
          )}
          {exercise && (
            <div className={styles.grading}>
              <button type="button" className="button button--primary" onClick={check}>
                Comprobar
              </button>
              <div role="status" aria-live="polite" className={styles.verdict}>
                {graded &&
                  (graded.solved ? (
                    <p className={styles.solved}>
                      ✓ Ejercicio resuelto: el Dockerfile cumple todo lo pedido.
                    </p>
                  ) : (
                    <>
                      <p className={styles.unsolved}>
                        ✗ Todavía no:{' '}
                        {plural(
                          graded.failed.length,
                          'requisito pendiente',
                          'requisitos pendientes',
                        )}
                        .
                      </p>
                      <ul className={styles.hints}>
                        {graded.failed.map((requirement) => (
                          <li key={requirement.label}>
                            <strong>{requirement.label}</strong> Pista:{' '}
                            {requirement.check.kind === 'startsCleanly' && graded.run.failure
                              ? graded.run.failure.reason
                              : requirement.hint}
                          </li>
                        ))}
                      </ul>
                    </>
                  ))}
              </div>
            </div>
          )}
        </div>
      </div>
    </div>
  );
}
