/**
 * The free lab (/laboratorio), loaded after the page: the Dockerfile from the link's fragment
 * (or an example), the editor, and the link kept up to date as the reader types.
 */
import {useCallback, useRef, useState, type ReactNode} from 'react';
import {formatDecimal} from '@site/src/format/es';
import LabEditor, {type LabEditorHandle} from './LabEditor';
import styles from './styles.module.css';
import {MAX_SHARED_CHARACTERS, decodeShareHash, encodeShareHash} from './shareLink';

const EXAMPLE = `# Un Dockerfile de ejemplo: al cambiarlo se actualizan los problemas y las etapas
FROM golang:1.27 AS builder
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -o /out/server .

FROM gcr.io/distroless/static-debian13:nonroot
COPY --from=builder /out/server /server
ENTRYPOINT ["/server"]
`;

interface Start {
  readonly text: string;
  readonly problem: string | null;
}

/** The Dockerfile kept in the URL's fragment, or the example. */
function fromHash(hash: string): Start {
  const shared = decodeShareHash(hash);
  if (shared.kind === 'dockerfile') return {text: shared.text, problem: null};
  return {
    text: EXAMPLE,
    problem:
      shared.kind === 'unreadable'
        ? 'El enlace no contiene un Dockerfile que se pueda leer (quizá llegó cortado): se muestra el ejemplo.'
        : null,
  };
}

/** Keeps the text in the link; false when it is too long for one. */
function saveToHash(text: string): boolean {
  const hash = encodeShareHash(text);
  if (hash === null) return false;
  const {pathname, search} = window.location;
  window.history.replaceState(window.history.state, '', `${pathname}${search}${hash}`);
  return true;
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
  const onChange = useCallback((text: string) => {
    setTooLong(!saveToHash(text));
    // A copied link is of the previous text: the confirmation would no longer be true.
    setCopy('idle');
  }, []);
  const editor = useRef<LabEditorHandle>(null);
  const copyLink = useCallback(() => {
    // The address is saved once typing pauses: save what the editor holds now, then copy it.
    if (!saveToHash(editor.current?.text() ?? '')) {
      setTooLong(true);
      return;
    }
    void copyAddress().then((copied) => setCopy(copied ? 'copied' : 'failed'));
  }, []);
  return (
    <>
      {start.problem && (
        <p role="alert" className="alert alert--warning">
          {start.problem}
        </p>
      )}
      {tooLong && (
        <p role="status" className="alert alert--info">
          Este Dockerfile pasa de {formatDecimal(MAX_SHARED_CHARACTERS, 0)} caracteres: se revisa
          igual, pero el enlace ya no lo guarda.
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
        onChange={onChange}
        handle={editor}
      />
    </>
  );
}
