/**
 * The chapter's table: what each language needs to build and to run, and so what a
 * multi-stage build leaves out of the final image.
 *
 * The build/run cells keep the chapter's original text (style fixed: GCC, «herramientas de
 * desarrollo»); `runtimeDependencies: null` means the
 * artifact is a static binary and needs nothing. Image names are the public ones on Docker Hub
 * and gcr.io/distroless (GoogleContainerTools/distroless README, commit cd080764, 2026-08-21).
 *
 * To add a language: add it to `LanguageName` in ./types.ts, then an entry here; the type
 * checker rejects a missing field and tests/unit/data/languageDependencies.test.ts an empty one.
 */
import type {LanguageDependencies, LanguageName} from './types';

export const languageDependencies = [
  {
    language: 'Java',
    anchor: 'dependencias-java',
    buildDependencies: 'JDK',
    runtimeDependencies: 'JRE',
    buildImage: 'eclipse-temurin:25-jdk',
    runtimeImages: [
      {
        image: 'eclipse-temurin:25-jre',
        kind: 'jre',
        note: 'JRE sobre una distribución completa: tiene shell para depurar.',
      },
      {
        image: 'gcr.io/distroless/java25-debian13:nonroot',
        kind: 'distroless',
        note: 'Solo la JVM (un JRE) y sus bibliotecas; su punto de entrada ya ejecuta java -jar.',
      },
    ],
    keeps:
      'La imagen final guarda el JRE y el .jar: javac, Maven o Gradle y el código fuente se quedan en la etapa de construcción, porque ejecutar bytecode no los necesita.',
  },
  {
    language: 'Go',
    anchor: 'dependencias-go',
    buildDependencies: 'Compilador',
    runtimeDependencies: null,
    buildImage: 'golang:1.27',
    runtimeImages: [
      {
        image: 'scratch',
        kind: 'scratch',
        note: 'Vacía: basta para un binario compilado con CGO_ENABLED=0.',
      },
      {
        image: 'gcr.io/distroless/static-debian13:nonroot',
        kind: 'distroless',
        note: 'Añade certificados CA, zona horaria y un usuario nonroot.',
      },
      {
        image: 'alpine:3.24',
        kind: 'alpine',
        note: 'Mínima pero con shell y gestor de paquetes, como en el ejemplo del capítulo.',
      },
    ],
    keeps:
      'Con CGO_ENABLED=0 el compilador produce un binario estático: la imagen final solo necesita ese archivo (y los certificados CA si habla HTTPS).',
  },
  {
    language: 'Rust',
    anchor: 'dependencias-rust',
    buildDependencies: 'Compilador, Cargo',
    runtimeDependencies: 'glibc y libgcc_s (nada si el binario es estático, con musl)',
    buildImage: 'rust:1.98-trixie',
    runtimeImages: [
      {
        image: 'scratch',
        kind: 'scratch',
        note: 'Para un binario estático, compilado para el destino musl.',
      },
      {
        image: 'gcr.io/distroless/cc-debian13:nonroot',
        kind: 'distroless',
        note: 'Para el binario habitual, enlazado con glibc: Rust necesita además libgcc_s, que cc añade a base (junto con libstdc++ y libgomp).',
      },
    ],
    keeps:
      'Cargo y rustc se quedan atrás: la imagen final lleva el binario y, si no es estático, las bibliotecas de C con las que se enlazó (glibc y libgcc_s).',
  },
  {
    language: 'C',
    anchor: 'dependencias-c',
    buildDependencies: 'GCC, herramientas de desarrollo',
    runtimeDependencies: 'glibc (nada si se enlaza con -static)',
    buildImage: 'debian:13-slim',
    runtimeImages: [
      {
        image: 'scratch',
        kind: 'scratch',
        note: 'Si se enlaza con -static, el binario no necesita nada más.',
      },
      {
        image: 'gcr.io/distroless/base-debian13:nonroot',
        kind: 'distroless',
        note: 'Para enlace dinámico que solo usa glibc: base basta. Si enlaza libstdc++ o libgomp (C++, OpenMP), hace falta cc.',
      },
    ],
    keeps:
      'gcc, make y las cabeceras solo sirven para compilar: en ejecución basta el binario y, con enlace dinámico, la libc.',
  },
  {
    language: 'Python',
    anchor: 'dependencias-python',
    buildDependencies: 'pip, herramientas de desarrollo',
    runtimeDependencies: 'Python',
    buildImage: 'python:3.13-slim-trixie',
    runtimeImages: [
      {
        image: 'python:3.13-slim-trixie',
        kind: 'slim',
        note: 'Intérprete sobre una Debian reducida, sin compiladores.',
      },
      {
        image: 'gcr.io/distroless/python3-debian13:nonroot',
        kind: 'distroless',
        builtFrom: 'debian:13-slim',
        note: 'Solo el Python 3.13 de Debian 13: el entorno virtual se crea con ese mismo intérprete, en la misma ruta (/usr/bin/python3), y se copia ya instalado. Creado en python:3.13-slim-trixie apuntaría a /usr/local/bin, que distroless no tiene.',
      },
    ],
    keeps:
      'El intérprete sigue haciendo falta, pero pip, los compiladores y las cabeceras que usan algunas dependencias al instalarse no: se copian ya instaladas.',
  },
  {
    language: 'TypeScript',
    anchor: 'dependencias-typescript',
    buildDependencies: 'Node.js, herramientas de desarrollo',
    runtimeDependencies: 'Node.js',
    buildImage: 'node:26-trixie-slim',
    runtimeImages: [
      {
        image: 'node:26-trixie-slim',
        kind: 'slim',
        note: 'Node.js sobre una Debian reducida, con npm por si hace falta.',
      },
      {
        image: 'gcr.io/distroless/nodejs26-debian13:nonroot',
        kind: 'distroless',
        note: 'Solo Node.js; su punto de entrada ya es node.',
      },
    ],
    keeps:
      'Node.js ejecuta el JavaScript ya transpilado con las dependencias de producción; tsc y las dependencias de desarrollo no llegan a la imagen final.',
  },
] as const satisfies readonly LanguageDependencies[];

export const LANGUAGE_NAMES: readonly LanguageName[] = languageDependencies.map(
  (entry) => entry.language,
);

export function isLanguageName(value: unknown): value is LanguageName {
  return typeof value === 'string' && (LANGUAGE_NAMES as readonly string[]).includes(value);
}

/** Text for a runtime cell; a static binary needs nothing at run time. */
export const NOTHING_AT_RUNTIME = 'Nada: binario estático';
