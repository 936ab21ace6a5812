/**
 * The checker as the lab runs it on what a reader types: never throws, never takes long. Empty
 * text, huge pastes and binary garbage each get a Spanish message instead of a broken page.
 */
import {checkDockerfile, type DockerfileReport} from '../dockerfile';
import {formatDecimal} from '../format/es';

/** Beyond this, only the first lines are checked: a paste of 10,000 lines stays responsive. */
export const MAX_CHECKED_LINES = 300;

export interface LabCheckResult {
  readonly report: DockerfileReport | null;
  /** Something the reader should know about the text itself, in Spanish. */
  readonly notice: string | null;
}

/** `dockerignore`: the build context's .dockerignore, when the reader wrote one. */
export function checkLabText(text: string, dockerignore = ''): LabCheckResult {
  if (text.trim() === '') {
    return {report: null, notice: 'El Dockerfile está vacío: todo Dockerfile empieza por FROM.'};
  }
  const lines = text.split('\n');
  const checked =
    lines.length > MAX_CHECKED_LINES ? lines.slice(0, MAX_CHECKED_LINES).join('\n') : text;
  const notices: string[] = [];
  if (lines.length > MAX_CHECKED_LINES) {
    notices.push(
      `Solo se revisan las primeras ${formatDecimal(MAX_CHECKED_LINES, 0)} líneas de ${formatDecimal(lines.length, 0)}.`,
    );
  }
  // eslint-disable-next-line no-control-regex -- looking for control characters on purpose
  if (/[\u0000-\u0008\u000E-\u001F\uFFFD]/.test(checked)) {
    notices.push(
      'El texto tiene caracteres de control: ¿es un archivo binario en lugar de un Dockerfile?',
    );
  }
  try {
    return {
      report: checkDockerfile(checked, dockerignore.trim() === '' ? {} : {dockerignore}),
      notice: notices.join(' ') || null,
    };
  } catch {
    return {
      report: null,
      notice: [...notices, 'No se ha podido analizar este texto como un Dockerfile.'].join(' '),
    };
  }
}
