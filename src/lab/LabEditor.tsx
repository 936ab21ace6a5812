/**
 * The lab's editor, loaded only when a reader opens a lab (React.lazy): CodeMirror 6 with the
 * Dockerfile mode, the course's checker as its linter (on every pause in typing), the list of
 * problems, the stage diagram and, for an exercise, the grading.
 */
import {
  startTransition,
  useCallback,
  useEffect,
  useImperativeHandle,
  useRef,
  useState,
  type ReactNode,
  type Ref,
} from 'react';
import clsx from 'clsx';
import {EditorState} from '@codemirror/state';
import {
  EditorView,
  ViewPlugin,
  keymap,
  lineNumbers,
  highlightActiveLine,
  type ViewUpdate,
} from '@codemirror/view';
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
import StageDiagram from '@site/src/components/StageDiagram';
import {labExercises} from './exercises';
import {skipDistantBlocks} from './distantBlocks';
import type {LabExercise} from './types';
import {formatDecimal} from '@site/src/format/es';
import type {Diagnostic} from '../dockerfile';
import type {Phase, Step} from '../dockerfile/model';
import type {BuiltView, GradeView, LabAnalysis, RunView} from './analysis';
import {analyse} from './analysisClient';
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

/**
 * Typed characters go into the editor's state directly instead of through the browser's edit of
 * the DOM. That edit fires an `input` event, and React listens for `input` on the page's root:
 * a listener makes the browser run CodeMirror's DOM observer in the middle of its own edit, which
 * then does its work twice (about 12 of the 23 ms a key cost at 4× CPU; measured by moving the
 * same editor in and out of the React root, npm run bench:typing). Composition (IME, dead keys)
 * and every other kind of input keep CodeMirror's own handling.
 */
const TYPE_INTO_STATE = EditorView.domEventHandlers({
  beforeinput(event, view) {
    if (
      event.inputType !== 'insertText' ||
      event.isComposing ||
      view.composing ||
      view.state.readOnly ||
      !event.data
    ) {
      return false;
    }
    event.preventDefault();
    view.dispatch(view.state.replaceSelection(event.data), {
      userEvent: 'input.type',
      scrollIntoView: true,
    });
    return true;
  },
});

/**
 * The editor's height, written down once CodeMirror has measured its content, and its layout
 * contained: a key then lays out the editor alone instead of the whole lesson (the browser cannot
 * stop at a box whose height depends on what it holds). In the lesson at 4× CPU, that layout was
 * 5–12 ms of every key (npm run bench:typing). The height follows the text as lines come and go;
 * max-block-size in styles.module.css still caps it, and the editor scrolls beyond that.
 */
const CONTAINED_HEIGHT = ViewPlugin.fromClass(
  class {
    constructor(view: EditorView) {
      this.measure(view);
    }

    update(update: ViewUpdate): void {
      if (update.heightChanged || update.geometryChanged) this.measure(update.view);
    }

    measure(view: EditorView): void {
      view.requestMeasure({
        read: (editor) => editor.contentHeight,
        write: (height, editor) => {
          const blockSize = `${Math.ceil(height)}px`;
          if (editor.dom.style.blockSize === blockSize) return;
          editor.dom.style.blockSize = blockSize;
          editor.dom.style.contain = 'size layout style';
        },
      });
    }
  },
);

export interface Props {
  readonly initial: string;
  /** Accessible name of the editor; it contains "Dockerfile". */
  readonly label: string;
  /** An exercise of src/lab/exercises.ts to grade, if any. */
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

function Problems({analysis}: {readonly analysis: LabAnalysis | null}): ReactNode {
  const diagnostics = analysis?.diagnostics ?? [];
  const summary =
    analysis === null
      ? 'Analizando…'
      : diagnostics.length === 0
        ? analysis.analysed
          ? 'Ningún problema'
          : 'Sin analizar'
        : plural(diagnostics.length, 'problema', 'problemas');
  return (
    <section className={styles.problems} aria-label="Problemas">
      <p className={styles.panelTitle}>Problemas</p>
      <p role="status" aria-live="polite" className={styles.summary}>
        {summary}
      </p>
      {analysis?.notice && <p className={styles.notice}>{analysis.notice}</p>}
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
function WhenBuilt({built}: {readonly built: BuiltView}): ReactNode {
  const {steps} = built;
  const summary =
    built.failure !== null
      ? `✗ No se construye: falla la línea ${built.failure}.`
      : built.unknown > 0
        ? `? Se construye, pero ${plural(built.unknown, 'paso', 'pasos')} no se ${built.unknown === 1 ? 'puede' : 'pueden'} seguir.`
        : '✓ Se construye: ningún paso falla.';
  return (
    <section className={styles.whenBuilt} aria-label="Al construir">
      <p className={styles.panelTitle}>Al construir</p>
      <p className={styles.summary}>{summary}</p>
      {!built.contextKnown && (
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

/** «Al ejecutar»: the command, the user, what came from other stages and the verdict. */
function WhenRun({run}: {readonly run: RunView}): ReactNode {
  const {argv, files, verdict} = run;
  const user =
    run.user === null
      ? 'el de la imagen base (no se sabe)'
      : run.user === ''
        ? 'root (el de la imagen base)'
        : /^(?:0|root)(?::|$)/.test(run.user)
          ? `${run.user} (root)`
          : run.user;
  // A build that stops leaves no image: what its first stages configured would not run.
  const stopsAt = verdict.kind === 'fails' && verdict.phase === 'build' ? verdict.step?.line : null;
  return (
    <section className={styles.whenRun} aria-label="Al ejecutar">
      <p className={styles.panelTitle}>Al ejecutar</p>
      {stopsAt != null ? (
        <p className={styles.assumption}>
          No hay imagen que ejecutar: la construcción se para en la línea {stopsAt} (en «Al
          construir»).
        </p>
      ) : (
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
                  {files.map(({path, from, line}) => (
                    <li key={`${line}-${path}`}>
                      <code translate="no">{path}</code>, de {from} (línea {line})
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          )}
        </dl>
      )}
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
  const [analysis, setAnalysis] = useState<LabAnalysis | null>(null);
  const [graded, setGraded] = useState<GradeView | null>(null);
  const gradedShown = useRef(false);
  useImperativeHandle(
    handle,
    () => ({text: () => viewRef.current?.state.doc.toString() ?? initial}),
    [initial],
  );
  // The editor is created once; its linter reaches the latest callbacks through this ref.
  const callbacks = useRef({onChange, dockerignore, exerciseId});
  useEffect(() => {
    callbacks.current = {onChange, dockerignore, exerciseId};
  }, [onChange, dockerignore, exerciseId]);
  /**
   * Analyses `text` off the main thread. Only the answer to the latest request is shown; the
   * panels render as a transition, so a key pressed meanwhile is handled first.
   */
  const latest = useRef(0);
  const request = useCallback((text: string, gradeIt = false): Promise<LabAnalysis> => {
    latest.current += 1;
    const sequence = latest.current;
    const {dockerignore: ignore, exerciseId: id} = callbacks.current;
    return analyse({text, dockerignore: ignore, exerciseId: id, grade: gradeIt}).then((found) => {
      if (sequence === latest.current) startTransition(() => setAnalysis(found));
      return found;
    });
  }, []);
  // A new .dockerignore changes the verdict on the same Dockerfile: check it again now (the
  // editor's linter only runs when its own text changes).
  useEffect(() => {
    const view = viewRef.current;
    if (!view) return;
    void request(view.state.doc.toString()).then((found) => {
      if (viewRef.current !== view || view.state.doc.toString() !== found.text) return;
      view.dispatch(setDiagnostics(view.state, editorDiagnostics(view, found.diagnostics)));
    });
  }, [dockerignore, request]);

  useEffect(() => {
    if (!host.current) return undefined;
    const view = new EditorView({
      parent: host.current,
      state: EditorState.create({
        doc: initial,
        // bench/peer-editor.mjs runs CodeMirror's public ones alone, for npm run bench:typing.
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
          TYPE_INTO_STATE,
          CONTAINED_HEIGHT,
          lintGutter(),
          LINT_MARKS,
          linter(
            (editor) => {
              const text = editor.state.doc.toString();
              return request(text).then((found) => {
                callbacks.current.onChange?.(text);
                return editorDiagnostics(editor, found.diagnostics);
              });
            },
            {delay: LINT_DELAY_MS},
          ),
          EditorView.updateListener.of((update) => {
            // Only when there is a grade to clear: a state update inside a key event makes React
            // render the whole lab at once, on every key.
            if (update.docChanged && gradedShown.current) {
              gradedShown.current = false;
              setGraded(null);
            }
          }),
        ],
      }),
    });
    viewRef.current = view;
    const releasePage = skipDistantBlocks(view.dom);
    if (focusOnOpen) view.focus();
    // The panels at once; the linter's first run (after its delay) marks the lines.
    void request(initial);
    return () => {
      releasePage();
      view.destroy();
      viewRef.current = null;
    };
    // The editor owns its text once created; `initial` only seeds it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const check = (): void => {
    const view = viewRef.current;
    if (!exercise || !view) return;
    void request(view.state.doc.toString(), true).then((found) => {
      if (view.state.doc.toString() !== found.text || !found.grade) return;
      gradedShown.current = true;
      setGraded(found.grade);
      if (found.grade.solved) onSolved?.(exercise.id);
    });
  };

  const {pane, built, run} = analysis ?? {pane: null, built: null, run: null};
  return (
    <div className={styles.wrap}>
      <div className={styles.lab}>
        <div ref={host} className={clsx(styles.editor, 'prism-code', 'language-dockerfile')} />
        <div className={styles.side}>
          <Problems analysis={analysis} />
          {built && <WhenBuilt built={built} />}
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
                        {graded.failed.length > 0
                          ? `✗ Todavía no: ${plural(graded.failed.length, 'requisito pendiente', 'requisitos pendientes')}${graded.unknown.length > 0 ? ` y ${plural(graded.unknown.length, 'que no se puede saber', 'que no se pueden saber')}` : ''}.`
                          : `? No se puede saber sin construirla: ${plural(graded.unknown.length, 'requisito depende', 'requisitos dependen')} de algo que el laboratorio no sabe.`}
                      </p>
                      <ul className={styles.hints}>
                        {graded.failed.map(({label: requirement, hint}) => (
                          <li key={requirement}>
                            <strong>{requirement}</strong> Pista: {hint}
                          </li>
                        ))}
                        {graded.unknown.map(({label: requirement, why}) => (
                          <li key={requirement}>
                            <strong>{requirement}</strong> No se puede saber: {why}.
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
