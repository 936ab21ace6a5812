import {describe, expect, it} from 'vitest';
import {labExercises} from '../../../src/lab/exercises';
import {analyseLab} from '../../../src/lab/analysis';
import {checkLabText, MAX_CHECKED_LINES} from '../../../src/lab/check';
import {MAX_SHARED_CHARACTERS, decodeShareHash, encodeShareHash} from '../../../src/lab/shareLink';

describe('the lab checks whatever a reader types, never failing', () => {
  it('says an empty Dockerfile is empty', () => {
    expect(checkLabText('  \n\n')).toEqual({
      report: null,
      notice: 'El Dockerfile está vacío: todo Dockerfile empieza por FROM.',
    });
  });

  it('checks only the first lines of a huge paste, and says so', () => {
    const huge = `FROM alpine:3.24\n${'RUN echo hola\n'.repeat(10_000)}CMD ["sh"]\n`;
    const result = checkLabText(huge);
    expect(result.notice).toBe('Solo se revisan las primeras 300 líneas de 10.003.');
    expect(result.report?.dispatch.stages).toHaveLength(1);
    expect(MAX_CHECKED_LINES).toBe(300);
  });

  it('reports binary garbage as such and still answers', () => {
    const garbage = String.fromCharCode(...Array.from({length: 500}, (_, i) => (i * 37) % 256));
    const result = checkLabText(garbage);
    expect(result.notice).toMatch(/caracteres de control/);
    expect(result.report === null || result.report.diagnostics.length > 0).toBe(true);
  });
});

describe('the lab with a .dockerignore', () => {
  it('applies it to COPY, and an empty one changes nothing', () => {
    const text = 'FROM alpine:3.24\nCOPY .env /app/\nCMD ["sh"]\n';
    const rules = (ignore?: string) =>
      checkLabText(text, ignore).report?.diagnostics.map((d) => `${d.rule}@${d.line}`);
    expect(rules('.env\n')).toEqual(['CopyIgnoredFile@2']);
    expect(rules('.env\n!.env.example\n')).toEqual([]);
    expect(rules('  \n')).toEqual([]);
    expect(rules()).toEqual([]);
  });
});

describe('the share link', () => {
  it('round-trips a Dockerfile through the URL fragment', () => {
    const text = 'FROM golang:1.27 AS b\nRUN go build\n# ñ, «comillas» y emojis 🐳\n';
    const hash = encodeShareHash({text, dockerignore: ''});
    expect(hash).toMatch(/^#d=[\w+\-$]+$/);
    expect(decodeShareHash(hash ?? '')).toEqual({kind: 'dockerfile', text, dockerignore: ''});
  });

  it('carries the .dockerignore too, and only when there is one', () => {
    const lab = {text: 'FROM alpine:3.24\nCOPY .env /\n', dockerignore: '.env\n!keep/**\n'};
    const hash = encodeShareHash(lab);
    expect(hash).toMatch(/^#d=[\w+\-$]+&i=[\w+\-$]+$/);
    expect(decodeShareHash(hash ?? '')).toEqual({kind: 'dockerfile', ...lab});
    expect(decodeShareHash(`${hash ?? ''}`.replace(/&i=.*/, '&i=%%%'))).toEqual({
      kind: 'unreadable',
    });
  });

  it('keeps what is too long to share out of the link', () => {
    const half = MAX_SHARED_CHARACTERS / 2;
    expect(
      encodeShareHash({text: 'x'.repeat(half), dockerignore: 'y'.repeat(half)}),
    ).not.toBeNull();
    expect(
      encodeShareHash({text: 'x'.repeat(half), dockerignore: 'y'.repeat(half + 1)}),
    ).toBeNull();
  });

  it('tells no fragment from an unreadable one', () => {
    expect(decodeShareHash('')).toEqual({kind: 'none'});
    expect(decodeShareHash('#otra=cosa')).toEqual({kind: 'none'});
    expect(decodeShareHash('#d=%%%no-es-lz')).toEqual({kind: 'unreadable'});
    expect(decodeShareHash('#d=N4Ig')).toEqual({kind: 'unreadable'});
  });
});

describe('the analysis the lab renders, computed in a worker', () => {
  it('is plain data: it crosses to the page as the worker posts it', () => {
    const exercise = labExercises.find((candidate) => candidate.id === 'shell-form');
    const analysis = analyseLab({
      text: exercise?.start ?? '',
      dockerignore: '',
      exerciseId: 'shell-form',
      grade: true,
    });
    expect(structuredClone(analysis)).toEqual(analysis);
    expect(analysis.run?.verdict.kind).toBe('fails');
    expect(analysis.built?.steps.length).toBeGreaterThan(0);
    expect(analysis.pane?.stages).toHaveLength(1);
    expect(analysis.grade?.solved).toBe(false);
    // A container that does not start: the hint is the dry run's reason, not the stock hint.
    const starts = exercise?.requirements.find(({check}) => check.kind === 'startsCleanly');
    const hint = analysis.grade?.failed.find(({label}) => label === starts?.label)?.hint;
    expect(hint).toBe(analysis.run?.verdict.kind === 'fails' ? analysis.run.verdict.reason : '');
  });

  it('grades only when asked, and solves a model solution', () => {
    const exercise = labExercises.find((candidate) => candidate.id === 'go-scratch');
    const request = {text: exercise?.solution ?? '', dockerignore: '', exerciseId: 'go-scratch'};
    expect(analyseLab(request).grade).toBeNull();
    expect(analyseLab({...request, grade: true}).grade).toEqual({
      solved: true,
      failed: [],
      unknown: [],
    });
  });

  it('an empty text: a notice, no panels, every requirement pending when graded', () => {
    const analysis = analyseLab({
      text: '',
      dockerignore: '',
      exerciseId: 'go-scratch',
      grade: true,
    });
    expect(analysis).toMatchObject({analysed: false, pane: null, built: null, run: null});
    expect(analysis.notice).toMatch(/vacío/);
    expect(analysis.grade?.failed.length).toBe(
      labExercises.find((candidate) => candidate.id === 'go-scratch')?.requirements.length,
    );
  });
});
