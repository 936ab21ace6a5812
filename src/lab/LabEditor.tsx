/**
 * The lab's editor, loaded only when a reader opens a lab (React.lazy): CodeMirror 6 with the
 * Dockerfile mode, the course's checker as its linter (on every pause in typing), the list of
 * problems, the stage diagram and, for an exercise, the grading.
 */
import {
  startTransition,
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
import {commandLine, type ImageModel, type Node, type Phase, type Step} from '../dockerfile/model';
import {grade, runImage, type Grade} from './grading';
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

/**
 * Lint marks drawn with CSS instead of @codemirror/lint's SVG data-URI images: each new mark
 * made Chrome build an SVG document while recalculating style, and the marks are redrawn on every
 * keystroke and every check (tens of milliseconds per key at 4× CPU; npm run bench:typing).
 */
const LINT_MARKS = EditorView.theme({
  '.cm-lintRange': {
    backgroundImage: 'none',
    paddingBottom: '0',
    textDecorationLine: 'underline',
    textDecorationStyle: 'wavy',
    textDecorationSkipInk: 'none',
    textUnderlineOffset: '3px',
  },
  '.cm-lintRange-error': {textDecorationColor: 'var(--ifm-color-danger-dark)'},
  '.cm-lintRange-warning': {textDecorationColor: 'var(--ifm-color-warning-dark)'},
  '.cm-lint-marker': {content: 'normal', display: 'inline-block', boxSizing: 'border-box'},
  '.cm-lint-marker-error': {
    borderRadius: '50%',
    backgroundColor: 'var(--ifm-color-danger-dark)',
  },
  '.cm-lint-marker-warning': {
    clipPath: 'polygon(50% 5%, 100% 95%, 0 95%)',
    backgroundColor: 'var(--ifm-color-warning-dark)',
  },
  '.cm-lint-marker-info': {backgroundColor: 'var(--ifm-color-info-dark)'},
});

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

const STEP_MARK: Readonly<Record<Step['outcome'], string>> = {ok: '✓', fails: '✗', unknown: '?'};
const STEP_CLASS: Readonly<Record<Step['outcome'], string | undefined>> = {
  ok: undefined,
  fails: styles.stepFails,
  unknown: styles.stepUnknown,
};

const PHASES: Readonly<Record<Phase, string>> = {
  build: 'al construir',
  create: 'al crear el contenedor (runc, antes de arrancar)',
  start: 'al arrancar el programa (el cargador de Linux)',
  runtime: 'el propio programa, nada más arrancar',
};

/** «Al construir»: each step of the stages the image needs, and the first that fails. */
function WhenBuilt({model}: {readonly model: ImageModel}): ReactNode {
  const {build} = model;
  const steps = build.stages.flatMap((stage) => (build.needed[stage.index] ? stage.steps : []));
  const summary = build.failure
    ? `✗ No se construye: falla la línea ${build.failure.line}.`
    : build.unknown.length > 0
      ? `? Se construye, pero ${plural(build.unknown.length, 'paso', 'pasos')} no se ${build.unknown.length === 1 ? 'puede' : 'pueden'} seguir.`
      : '✓ Se construye: ningún paso falla.';
  return (
    <section className={styles.whenBuilt} aria-label="Al construir">
      <p className={styles.panelTitle}>Al construir</p>
      <p className={styles.summary}>{summary}</p>
      {!build.contextKnown && (
        <p className={styles.assumption}>
          El contexto de construcción no está descrito: se supone que tiene lo que copian los COPY.
        </p>
      )}
      <ol className={styles.steps}>
        {steps.map((step) => (
          <li key={`${step.stage}-${step.line}`} className={STEP_CLASS[step.outcome]}>
            <span className={styles.where}>
              {STEP_MARK[step.outcome]} Línea {step.line} ·{' '}
              <code translate="no">{step.keyword}</code>
            </span>{' '}
            {step.message}
            {step.error && (
              <pre className={styles.runError} translate="no">
                {step.error}
              </pre>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** Where a published file comes from, in words: «etapa builder», «el contexto», an image. */
function origin(model: ImageModel, node: Node): string {
  const from = node.origin;
  if (from.kind === 'stage') {
    const stage = model.build.stages[from.stage];
    return stage?.name ? `la etapa ${stage.name}` : `la etapa ${from.stage}`;
  }
  if (from.kind === 'image') return `la imagen ${from.image}`;
  return 'el contexto de construcción';
}

/** «Al ejecutar»: the command, the user, what came from other stages and the verdict. */
function WhenRun({model}: {readonly model: ImageModel}): ReactNode {
  const {final, verdict} = model;
  const argv = commandLine(final);
  const user =
    final.user === null
      ? 'el de la imagen base (no se sabe)'
      : final.user === ''
        ? 'root (el de la imagen base)'
        : final.user;
  const files = final.fs
    .entriesUnder('/')
    .filter(
      ([, node]) =>
        node.origin.kind === 'stage' && node.origin.stage !== final.index && node.line > 0,
    )
    .filter(
      ([path], _i, all) => !all.some(([other]) => other !== path && path.startsWith(`${other}/`)),
    );
  return (
    <section className={styles.whenRun} aria-label="Al ejecutar">
      <p className={styles.panelTitle}>Al ejecutar</p>
      <dl className={styles.runFacts}>
        <dt>Ejecuta</dt>
        <dd>
          {argv === null ? (
            'no se sabe (la imagen base no se conoce)'
          ) : argv.length > 0 ? (
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
                {files.map(([path, node]) => (
                  <li key={`${node.line}-${path}`}>
                    <code translate="no">{path}</code>, de {origin(model, node)} (línea {node.line})
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
      <div role="status" aria-live="polite" className={styles.runVerdict}>
        {verdict.kind === 'fails' ? (
          <>
            <p>
              <strong>✗ No arranca:</strong> {verdict.reason}
            </p>
            <p className={styles.phase}>Falla {PHASES[verdict.phase]}.</p>
            {verdict.error && (
              <pre className={styles.runError} translate="no">
                {verdict.error}
              </pre>
            )}
            {verdict.unknownBefore.length > 0 && (
              <p className={styles.phase}>
                Antes, Docker comprueba algo que el laboratorio no puede saber:{' '}
                {verdict.unknownBefore.join('; ')}.
              </p>
            )}
          </>
        ) : verdict.kind === 'unknown' ? (
          <p>
            <strong>? No se puede saber sin construirla:</strong> {verdict.unknowns.join('; ')}.
          </p>
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
          LINT_MARKS,
          linter(
            (editor) => {
              const text = editor.state.doc.toString();
              const checked = checkLabText(text, callbacks.current.dockerignore);
              // The panels (model, dry run, diagram) render as a transition: React splits that
              // work into short tasks, and a key pressed meanwhile is handled first.
              startTransition(() => setResult(checked));
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
  const run = useMemo(
    () =>
      result.report
        ? runImage(result.report, exercise ? {files: exercise.context} : undefined)
        : null,
    [result, exercise],
  );

  const check = (): void => {
    if (!exercise || !viewRef.current) return;
    const current = checkLabText(viewRef.current.state.doc.toString(), dockerignore);
    setResult(current);
    const outcome: Grade = current.report
      ? grade(exercise, current.report)
      : {
          solved: false,
          failed: exercise.requirements,
          unknown: [],
          answers: new Map(),
          run: {model: null},
        };
    setGraded(outcome);
    if (outcome.solved) onSolved?.(exercise.id);
  };

  return (
    <div className={styles.wrap}>
      <div className={styles.lab}>
        <div ref={host} className={clsx(styles.editor, 'prism-code', 'language-dockerfile')} />
        <div className={styles.side}>
          <Problems result={result} />
          {run?.model && <WhenBuilt model={run.model} />}
          {run?.model && <WhenRun model={run.model} />}
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
                        {graded.failed.length > 0
                          ? `✗ Todavía no: ${plural(graded.failed.length, 'requisito pendiente', 'requisitos pendientes')}${graded.unknown.length > 0 ? ` y ${plural(graded.unknown.length, 'que no se puede saber', 'que no se pueden saber')}` : ''}.`
                          : `? No se puede saber sin construirla: ${plural(graded.unknown.length, 'requisito depende', 'requisitos dependen')} de algo que el laboratorio no sabe.`}
                      </p>
                      <ul className={styles.hints}>
                        {graded.failed.map((requirement) => {
                          const found = graded.answers.get(requirement);
                          return (
                            <li key={requirement.label}>
                              <strong>{requirement.label}</strong> Pista:{' '}
                              {requirement.check.kind === 'startsCleanly' &&
                              found?.kind === 'no' &&
                              found.why
                                ? found.why
                                : requirement.hint}
                            </li>
                          );
                        })}
                        {graded.unknown.map(({requirement, why}) => (
                          <li key={requirement.label}>
                            <strong>{requirement.label}</strong> No se puede saber: {why}.
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
