/**
 * The free lab (/laboratorio), loaded after the page: the Dockerfile from the link's fragment
 * (or an example), the editor, an optional .dockerignore, and the link kept up to date as the
 * reader types.
 */
import {useCallback, useId, useRef, useState, type ReactNode} from 'react';
import {formatDecimal} from '@site/src/format/es';
import type {LabEditorHandle} from './LabEditor';
// No Suspense of its own: the page shows «Cargando el editor…» until the editor can take the
// text, so «Copiar enlace» never copies a link without it.
import {LazyLabEditor as LabEditor} from './lazyEditor';
import styles from './styles.module.css';
import {MAX_SHARED_CHARACTERS, decodeShareHash, encodeShareHash} from './shareLink';

const EXAMPLE = `# Un Dockerfile de ejemplo: al cambiarlo se actualizan los problemas y las etapas
FROM golang:1.27 AS builder
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -o /out/servidor .

FROM gcr.io/distroless/static-debian13:nonroot
COPY --from=builder /out/servidor /servidor
ENTRYPOINT ["/servidor"]
`;

interface Start {
  readonly text: string;
  readonly dockerignore: string;
  readonly problem: string | null;
}

/** The Dockerfile kept in the URL's fragment, or the example. */
function fromHash(hash: string): Start {
  const shared = decodeShareHash(hash);
  if (shared.kind === 'dockerfile') {
    return {text: shared.text, dockerignore: shared.dockerignore, problem: null};
  }
  return {
    text: EXAMPLE,
    dockerignore: '',
    problem:
      shared.kind === 'unreadable'
        ? 'El enlace no contiene un Dockerfile que se pueda leer (quizá llegó cortado): se muestra el ejemplo.'
        : null,
  };
}

/** Keeps both files in the link and returns its fragment; null when they are too long for one. */
function saveToHash(text: string, dockerignore: string): string | null {
  const hash = encodeShareHash({text, dockerignore});
  if (hash === null) return null;
  const {pathname, search} = window.location;
  window.history.replaceState(window.history.state, '', `${pathname}${search}${hash}`);
  return hash;
}

type CopyState = 'idle' | 'copied' | 'failed';

const COPY_MESSAGES: Readonly<Record<CopyState, string>> = {
  idle: '',
  copied: 'Enlace copiado: quien lo abra verá este mismo Dockerfile.',
  failed: 'No se ha podido copiar; copia la dirección de la barra del navegador.',
};

/** Copies the page's address, which carries the Dockerfile; false when the browser refuses. */
async function copyAddress(): Promise<boolean> {
  // No clipboard API outside a secure context (http:// other than localhost).
  if (!navigator.clipboard) return false;
  try {
    await navigator.clipboard.writeText(window.location.href);
    return true;
  } catch {
    return false;
  }
}

export default function FreeLab(): ReactNode {
  // Rendered only in the browser (the page loads this module after hydration).
  const [start] = useState(() => fromHash(window.location.hash));
  const [tooLong, setTooLong] = useState(false);
  const [copy, setCopy] = useState<CopyState>('idle');
  const [dockerignore, setDockerignore] = useState(start.dockerignore);
  const ignoreRef = useRef(start.dockerignore);
  const editor = useRef<LabEditorHandle>(null);
  // The fragment of the link last copied: the confirmation holds while the link still matches.
  const copiedHash = useRef<string | null>(null);
  const save = useCallback((text: string) => {
    const hash = saveToHash(text, ignoreRef.current);
    setTooLong(hash === null);
    // The editor reports text after a pause, often the very text just copied.
    if (hash !== copiedHash.current) {
      copiedHash.current = null;
      setCopy('idle');
    }
  }, []);
  const onIgnoreChange = useCallback(
    (value: string) => {
      ignoreRef.current = value;
      setDockerignore(value);
      save(editor.current?.text() ?? '');
    },
    [save],
  );
  const copyLink = useCallback(() => {
    // The address is saved once typing pauses: save what the editor holds now, then copy it.
    const hash = saveToHash(editor.current?.text() ?? '', ignoreRef.current);
    if (hash === null) {
      setTooLong(true);
      return;
    }
    copiedHash.current = hash;
    void copyAddress().then((copied) => {
      // Typing on while the browser copied makes the link stale before it is confirmed.
      if (copiedHash.current !== hash) return;
      setCopy(copied ? 'copied' : 'failed');
    });
  }, []);
  const ignoreId = useId();
  return (
    <>
      {start.problem && (
        <p role="alert" className="alert alert--warning">
          {start.problem}
        </p>
      )}
      {tooLong && (
        <p role="status" className="alert alert--info">
          Este Dockerfile (con su .dockerignore) pasa de {formatDecimal(MAX_SHARED_CHARACTERS, 0)}{' '}
          caracteres: se revisa igual, pero el enlace ya no lo guarda.
        </p>
      )}
      <div className={styles.share}>
        <button
          type="button"
          className="button button--secondary button--sm"
          onClick={copyLink}
          disabled={tooLong}>
          Copiar enlace
        </button>
        <p role="status" className={styles.shareStatus}>
          {COPY_MESSAGES[copy]}
        </p>
      </div>
      <LabEditor
        initial={start.text}
        label="Dockerfile del laboratorio"
        onChange={save}
        dockerignore={dockerignore}
        handle={editor}
      />
      <details className={styles.dockerignore} open={start.dockerignore !== ''}>
        <summary>.dockerignore del contexto (opcional)</summary>
        <p id={`${ignoreId}-help`} className={styles.dockerignoreHelp}>
          Un patrón por línea. Con él se avisa de los COPY y ADD que piden algo excluido, como
          Docker (que no avisa si hay alguna excepción con «!»). Se guarda en el enlace.
        </p>
        <label htmlFor={ignoreId} className={styles.dockerignoreLabel}>
          Contenido de .dockerignore
        </label>
        <textarea
          id={ignoreId}
          className={styles.dockerignoreText}
          aria-describedby={`${ignoreId}-help`}
          value={dockerignore}
          onChange={(event) => onIgnoreChange(event.target.value)}
          rows={5}
          spellCheck={false}
          autoCapitalize="off"
          autoCorrect="off"
          translate="no"
        />
      </details>
    </>
  );
}
