/**
 * The free lab (/laboratorio), loaded after the page: the Dockerfile from the link's fragment
 * (or an example), the editor, and the link kept up to date as the reader types.
 */
import {useCallback, useState, type ReactNode} from 'react';
import {formatDecimal} from '@site/src/format/es';
import LabEditor from './LabEditor';
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

export default function FreeLab(): ReactNode {
  // Rendered only in the browser (the page loads this module after hydration).
  const [start] = useState(() => fromHash(window.location.hash));
  const [tooLong, setTooLong] = useState(false);
  const onChange = useCallback((text: string) => setTooLong(!saveToHash(text)), []);
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
      <LabEditor initial={start.text} label="Dockerfile del laboratorio" onChange={onChange} />
    </>
  );
}
