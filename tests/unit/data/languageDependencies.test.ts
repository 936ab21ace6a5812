import {describe, expect, it} from 'vitest';
import {
  LANGUAGE_NAMES,
  isLanguageName,
  languageDependencies,
} from '../../../src/data/languageDependencies';
import {parseImageReference} from '../../../src/dockerfile/imageReference';
import {isKnown, lookupImage} from '../../../src/dockerfile/images';
import type {RuntimeImage} from '../../../src/data/types';

// The chapter's original table, cell by cell, style fixed ("X" meant nothing at run time). Rust
// and C are corrected: their default builds link glibc (distroless cc/config.bzl, README).
const SEED_ROWS = [
  ['Java', 'JDK', 'JRE'],
  ['Go', 'Compilador', null],
  ['Rust', 'Compilador, Cargo', 'glibc y libgcc_s (nada si el binario es estático, con musl)'],
  ['C', 'GCC, herramientas de desarrollo', 'glibc (nada si se enlaza con -static)'],
  ['Python', 'pip, herramientas de desarrollo', 'Python'],
  ['TypeScript', 'Node.js, herramientas de desarrollo', 'Node.js'],
];

describe('language dependency data', () => {
  it('keeps the seed table: 6 languages, in order, cells unchanged', () => {
    expect(
      languageDependencies.map((e) => [e.language, e.buildDependencies, e.runtimeDependencies]),
    ).toEqual(SEED_ROWS);
  });

  it.each(languageDependencies)('$language has no empty field', (entry) => {
    const texts = [
      entry.anchor,
      entry.buildDependencies,
      entry.buildImage,
      entry.keeps,
      ...entry.runtimeImages.flatMap((image) => [image.image, image.note]),
    ];
    expect(texts.every((text) => text.trim().length > 0)).toBe(true);
    expect(entry.runtimeImages.length).toBeGreaterThan(0);
    expect(entry.anchor).toMatch(/^[a-z0-9-]+$/);
  });

  it.each(languageDependencies)('$language names only images the lab has facts about', (entry) => {
    const names = [
      entry.buildImage,
      ...entry.runtimeImages.flatMap((image: RuntimeImage) => [
        image.image,
        image.builtFrom ?? entry.buildImage,
      ]),
    ];
    for (const name of names) {
      const reference = name === 'scratch' ? 'scratch' : parseImageReference(name);
      expect(reference, name).not.toBeNull();
      expect(isKnown(lookupImage(reference ?? 'scratch')), name).toBe(true);
    }
  });

  it('builds the distroless Python image where the venv links to the interpreter it will have', () => {
    // A venv's python3 is a link to the interpreter that created it: python:3.13-slim's is in
    // /usr/local/bin, distroless python3's in /usr/bin (python3/python.bzl:21-24).
    const python = languageDependencies.find((entry) => entry.language === 'Python');
    const distroless: RuntimeImage | undefined = python?.runtimeImages.find(
      (image) => image.kind === 'distroless',
    );
    expect(distroless?.builtFrom).toBe('debian:13-slim');
  });

  it.each(languageDependencies)('$language offers a distroless runtime image', (entry) => {
    expect(entry.runtimeImages.some((image) => image.kind === 'distroless')).toBe(true);
    for (const image of entry.runtimeImages.filter((i) => i.kind === 'distroless')) {
      expect(image.image).toMatch(/^gcr\.io\/distroless\/[a-z0-9-]+-debian13:nonroot$/);
    }
  });

  it('offers scratch only where the binary can be static, and says when', () => {
    for (const entry of languageDependencies) {
      const hasScratch = entry.runtimeImages.some((image) => image.kind === 'scratch');
      const staticCase =
        entry.runtimeDependencies === null || /estático|-static/.test(entry.runtimeDependencies);
      expect(hasScratch, entry.language).toBe(staticCase);
    }
  });

  it('recognises only its own language names', () => {
    expect(LANGUAGE_NAMES).toHaveLength(6);
    expect(isLanguageName('Go')).toBe(true);
    expect(isLanguageName('Cobol')).toBe(false);
    expect(isLanguageName('go')).toBe(false);
  });
});
