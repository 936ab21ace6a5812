/**
 * The chapter's Dockerfile lab: one exercise per idea, placed in the chapter where that idea is
 * taught (<DockerfileLab exercise="…" />). Where a comparison on the same page shows the starting
 * Dockerfile or the solution, write it here exactly as in that pane: the lab then links to the
 * pane instead of printing it twice (./remark.ts). Each requirement is a predicate
 * on the model of the image (src/lab/grading.ts); its hint says what would really happen.
 * Each exercise describes its build context (the project's files, shown to the reader): the
 * model copies from it and its build tools read it (the module go build names its binary after,
 * the package cargo builds, the jar Maven writes…).
 * tests/unit/lab/exercises.test.ts checks every solution and a corpus of wrong and right answers.
 */
import type {ContextFile} from '../dockerfile/model/context';
import type {LabExercise} from './types';

const PINNED = {
  check: {kind: 'pinnedTags'},
  label: 'Cada imagen base lleva una etiqueta concreta (nada de latest) o un digest.',
  hint: 'Sin etiqueta o con latest, cada construcción puede partir de otra imagen: golang:1.27, alpine:3.24…',
} as const;

const NO_ERRORS = {
  check: {kind: 'noErrors'},
  label: 'El Dockerfile no tiene errores.',
  hint: 'Revisar la lista «Problemas»: cada error dice la línea y cómo arreglarlo.',
} as const;

const STARTS = {
  check: {kind: 'startsCleanly'},
  label: 'El contenedor arranca: nada de lo que hace docker run falla.',
  hint: '«Al ejecutar» dice qué falla y con qué error lo diría Docker.',
} as const;

const FROM_STAGE = {
  check: {kind: 'runsFromStage'},
  label: 'Lo que se ejecuta llega de la etapa de construcción con COPY --from.',
  hint: 'La imagen final no compila nada: COPY --from=<etapa> trae el resultado ya hecho.',
} as const;

export const labExercises = [
  {
    id: 'go-scratch',
    title: 'Go: de una etapa a scratch',
    statement:
      'Este Dockerfile publica el binario junto con todo el compilador de Go. Hay que compilar en una etapa golang:1.27 y publicar sobre scratch solo el binario, enlazado de forma estática (CGO_ENABLED=0), con los certificados CA en /etc/ssl/certs/ca-certificates.crt, un usuario por número distinto de 0 y ENTRYPOINT en forma exec.',
    start: `FROM golang:1.27
WORKDIR /app
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 GOOS=linux go build -o main .
USER 65534:65534
CMD ["./main"]
`,
    solution: `# Etapa de construcción
FROM golang:1.27 AS builder
WORKDIR /app
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 GOOS=linux go build -o main .

# Etapa de ejecución: scratch está vacía; los certificados llegan de builder
FROM scratch
COPY --from=builder /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/
COPY --from=builder /app/main /main
USER 65532:65532
ENTRYPOINT ["/main"]
`,
    context: [
      {
        path: 'go.mod',
        description: 'el módulo example.com/servidor',
        role: {kind: 'go-module', module: 'example.com/servidor'},
      },
      {path: 'go.sum', description: 'las sumas de las dependencias'},
      {
        path: 'main.go',
        description: 'el servidor HTTP, que llama a APIs por HTTPS (importa net/http)',
        role: {kind: 'go-source', cgoPackages: ['net']},
      },
    ] satisfies readonly ContextFile[],
    requirements: [
      {
        check: {kind: 'multiStage'},
        label: 'Se construye en una etapa y se publica desde otra.',
        hint: 'Un segundo FROM abre la etapa que se publica; la primera, con AS builder, compila.',
      },
      {
        check: {kind: 'finalImage', repository: 'scratch'},
        label: 'La imagen publicada parte de scratch.',
        hint: 'La última etapa debe empezar por FROM scratch.',
      },
      FROM_STAGE,
      STARTS,
      {
        check: {kind: 'certificates'},
        label: 'Los certificados CA están donde Go los busca.',
        hint: 'scratch no trae certificados: sin /etc/ssl/certs/ca-certificates.crt, la primera conexión HTTPS falla con «x509: certificate signed by unknown authority».',
      },
      {
        check: {kind: 'nonRootUser'},
        label: 'El contenedor no se ejecuta como root.',
        hint: 'scratch no tiene /etc/passwd: USER 65532:65532 funciona sin él y Kubernetes puede verificarlo.',
      },
      PINNED,
      NO_ERRORS,
    ],
  },
  {
    id: 'shell-form',
    title: 'Un CMD que no arranca en distroless',
    statement:
      'Este contenedor no llega a arrancar: su CMD está en forma shell y gcr.io/distroless/static-debian13:nonroot no tiene /bin/sh. Hay que ejecutar el mismo programa con los mismos argumentos, /servidor --port 8080, en forma exec y sin cambiar de imagen.',
    start: `FROM gcr.io/distroless/static-debian13:nonroot
COPY servidor /servidor
CMD /servidor --port 8080
`,
    solution: `FROM gcr.io/distroless/static-debian13:nonroot
COPY servidor /servidor
CMD ["/servidor", "--port", "8080"]
`,
    context: [
      {
        path: 'servidor',
        description: 'el programa ya compilado, enlazado de forma estática',
        role: {kind: 'prebuilt', linking: 'static'},
      },
    ] satisfies readonly ContextFile[],
    requirements: [
      {
        check: {kind: 'runs', argv: ['/servidor', '--port', '8080']},
        label: 'El contenedor ejecuta /servidor --port 8080, sin shell.',
        hint: 'Cada palabra es un elemento del array: CMD ["/servidor", "--port", "8080"]. Un solo elemento con espacios es el nombre de un archivo que no existe.',
      },
      {
        check: {
          kind: 'finalImage',
          repository: 'gcr.io/distroless/static-debian13',
          tags: ['nonroot'],
        },
        label: 'La imagen sigue siendo gcr.io/distroless/static-debian13:nonroot.',
        hint: 'El arreglo no es cambiar de imagen: es cambiar la forma del CMD.',
      },
      STARTS,
      NO_ERRORS,
    ],
  },
  {
    id: 'java-distroless',
    title: 'Java: del JDK a distroless java25',
    statement:
      'La aplicación se compila y se ejecuta en la imagen del JDK. Hay que compilar con Java 25 (eclipse-temurin:25-jdk) en una etapa y publicar el .jar sobre gcr.io/distroless/java25-debian13:nonroot, que ya ejecuta java -jar: CMD ["app.jar"].',
    start: `FROM eclipse-temurin:25-jdk
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw --batch-mode dependency:go-offline
COPY src/ src/
RUN ./mvnw --batch-mode package -DskipTests
CMD ["java", "-jar", "target/app.jar"]
`,
    solution: `FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw --batch-mode dependency:go-offline
COPY src/ src/
RUN ./mvnw --batch-mode package -DskipTests

FROM gcr.io/distroless/java25-debian13:nonroot
WORKDIR /app
COPY --from=build /src/target/app.jar ./app.jar
CMD ["app.jar"]
`,
    context: [
      {path: '.mvn/', description: 'la configuración del wrapper de Maven'},
      {path: 'mvnw', description: 'el wrapper de Maven', role: {kind: 'maven-wrapper'}},
      {
        path: 'pom.xml',
        description:
          'el proyecto: compila para Java 25 (maven.compiler.release) y empaqueta target/app.jar con Main-Class es.curso.servidor.App',
        role: {kind: 'maven-pom', jar: 'app.jar', release: 25, mainClass: 'es.curso.servidor.App'},
      },
      {path: 'src/', description: 'el código Java'},
    ] satisfies readonly ContextFile[],
    requirements: [
      {
        check: {
          kind: 'finalImage',
          repository: 'gcr.io/distroless/java25-debian13',
          tags: ['nonroot'],
        },
        label: 'La imagen publicada es gcr.io/distroless/java25-debian13:nonroot.',
        hint: 'La última etapa: FROM gcr.io/distroless/java25-debian13:nonroot.',
      },
      FROM_STAGE,
      STARTS,
      NO_ERRORS,
    ],
  },
  {
    id: 'node-prod',
    title: 'Node.js con solo las dependencias de producción',
    statement:
      'El servidor se publica con todas sus dependencias de desarrollo. Hay que instalar solo las de producción (npm ci --omit=dev) en una etapa aparte, copiar ese node_modules y publicar sobre gcr.io/distroless/nodejs26-debian13:nonroot, que ya ejecuta node: CMD ["dist/server.js"].',
    start: `FROM node:26-trixie-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build
USER 1000:1000
CMD ["node", "dist/server.js"]
`,
    solution: `FROM node:26-trixie-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:26-trixie-slim AS prod-deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev

FROM gcr.io/distroless/nodejs26-debian13:nonroot
ENV NODE_ENV=production
WORKDIR /app
COPY package.json ./
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
CMD ["dist/server.js"]
`,
    context: [
      {
        path: 'package.json',
        description:
          'las dependencias (express, y TypeScript para compilar) y el script build, que compila src/ en dist/server.js',
        role: {
          kind: 'npm-package',
          scripts: {build: ['dist/server.js']},
          dependencies: ['express'],
        },
      },
      {
        path: 'package-lock.json',
        description: 'las versiones exactas de las dependencias',
        role: {kind: 'npm-lock'},
      },
      {path: 'tsconfig.json', description: 'la configuración de TypeScript'},
      {path: 'src/', description: 'el código TypeScript del servidor'},
    ] satisfies readonly ContextFile[],
    requirements: [
      {
        check: {
          kind: 'finalImage',
          repository: 'gcr.io/distroless/nodejs26-debian13',
          tags: ['nonroot'],
        },
        label: 'La imagen publicada es gcr.io/distroless/nodejs26-debian13:nonroot.',
        hint: 'Última etapa: FROM gcr.io/distroless/nodejs26-debian13:nonroot.',
      },
      {
        check: {kind: 'productionDependencies'},
        label: 'El node_modules publicado tiene solo las dependencias de producción.',
        hint: 'Copiarlo de la etapa que instala sin las de desarrollo (npm ci --omit=dev): el de la etapa de compilación trae también las de desarrollo.',
      },
      FROM_STAGE,
      STARTS,
      NO_ERRORS,
    ],
  },
  {
    id: 'python-venv',
    title: 'Python 3.13 con un entorno virtual sobre distroless',
    statement:
      'La imagen final debe ser gcr.io/distroless/python3-debian13:nonroot, que trae el Python 3.13 de Debian 13 en /usr/bin/python3. Hay que crear el entorno virtual en una etapa debian:13-slim (el mismo intérprete, en la misma ruta), copiarlo y arrancar main.py con el python3 del entorno, en forma exec.',
    start: `FROM python:3.13-slim-trixie
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY src/ ./
USER 65532:65532
CMD ["python", "main.py"]
`,
    solution: `FROM debian:13-slim AS build
RUN apt-get update \\
 && apt-get install --yes --no-install-recommends python3-venv \\
 && python3 -m venv /venv
COPY requirements.txt .
RUN /venv/bin/pip install --no-cache-dir -r requirements.txt

FROM gcr.io/distroless/python3-debian13:nonroot
COPY --from=build /venv /venv
WORKDIR /app
COPY src/ ./
ENTRYPOINT ["/venv/bin/python3", "main.py"]
`,
    context: [
      {
        path: 'requirements.txt',
        description: 'las dependencias: flask',
        role: {kind: 'python-requirements', packages: ['flask']},
      },
      {
        path: 'src/main.py',
        description: 'el programa, que importa flask',
        role: {kind: 'python-source', imports: ['flask']},
      },
    ] satisfies readonly ContextFile[],
    requirements: [
      {
        check: {
          kind: 'finalImage',
          repository: 'gcr.io/distroless/python3-debian13',
          tags: ['nonroot'],
        },
        label: 'La imagen publicada es gcr.io/distroless/python3-debian13:nonroot.',
        hint: 'Última etapa: FROM gcr.io/distroless/python3-debian13:nonroot.',
      },
      FROM_STAGE,
      STARTS,
      NO_ERRORS,
    ],
  },
  {
    id: 'rust-cc',
    title: 'Rust: un binario enlazado con glibc sobre distroless cc',
    statement:
      'cargo build enlaza por defecto con glibc y libgcc_s. Hay que compilar en rust:1.98-trixie y publicar solo el binario target/release/servidor sobre gcr.io/distroless/cc-debian13:nonroot, que trae las dos, con ENTRYPOINT en forma exec.',
    start: `FROM rust:1.98-trixie
WORKDIR /src
COPY . .
RUN cargo build --release --locked
USER 65532:65532
CMD ["/src/target/release/servidor"]
`,
    solution: `FROM rust:1.98-trixie AS build
WORKDIR /src
COPY . .
RUN cargo build --release --locked

FROM gcr.io/distroless/cc-debian13:nonroot
COPY --from=build /src/target/release/servidor /servidor
ENTRYPOINT ["/servidor"]
`,
    context: [
      {
        path: 'Cargo.toml',
        description: 'el paquete servidor',
        role: {kind: 'cargo-manifest', package: 'servidor'},
      },
      {
        path: 'Cargo.lock',
        description: 'las versiones exactas de las dependencias',
        role: {kind: 'cargo-lock'},
      },
      {path: 'src/', description: 'el código Rust'},
    ] satisfies readonly ContextFile[],
    requirements: [
      {
        check: {kind: 'finalImage', repository: 'gcr.io/distroless/cc-debian13', tags: ['nonroot']},
        label: 'La imagen publicada es gcr.io/distroless/cc-debian13:nonroot.',
        hint: 'El binario necesita glibc y libgcc_s: en static o scratch no arranca, en base falta libgcc_s; cc trae las dos.',
      },
      FROM_STAGE,
      STARTS,
      PINNED,
      NO_ERRORS,
    ],
  },
  {
    id: 'c-base',
    title: 'C: un programa enlazado con glibc sobre distroless base',
    statement:
      'gcc enlaza por defecto con la glibc del sistema. Hay que compilar en debian:13-slim y publicar solo /src/servidor sobre gcr.io/distroless/base-debian13:nonroot (o cc, si el programa usa C++), con ENTRYPOINT en forma exec.',
    start: `FROM debian:13-slim
RUN apt-get update \\
 && apt-get install --yes --no-install-recommends gcc libc6-dev make
WORKDIR /src
COPY . .
RUN make
USER 65532:65532
CMD ["/src/servidor"]
`,
    solution: `FROM debian:13-slim AS build
RUN apt-get update \\
 && apt-get install --yes --no-install-recommends gcc libc6-dev make
WORKDIR /src
COPY . .
RUN make

FROM gcr.io/distroless/base-debian13:nonroot
COPY --from=build /src/servidor /servidor
ENTRYPOINT ["/servidor"]
`,
    context: [
      {
        path: 'Makefile',
        description: 'compila main.c con cc en el programa servidor',
        role: {kind: 'makefile', program: 'servidor', language: 'c'},
      },
      {path: 'main.c', description: 'el programa en C', role: {kind: 'c-source', language: 'c'}},
    ] satisfies readonly ContextFile[],
    requirements: [
      {
        check: {
          kind: 'finalImage',
          repository: ['gcr.io/distroless/base-debian13', 'gcr.io/distroless/cc-debian13'],
          tags: ['nonroot'],
        },
        label: 'La imagen publicada es gcr.io/distroless/base-debian13:nonroot (o cc-debian13).',
        hint: 'El programa necesita la glibc: en static o scratch no arranca («no such file or directory»); base la trae.',
      },
      FROM_STAGE,
      STARTS,
      PINNED,
      NO_ERRORS,
    ],
  },
] as const satisfies readonly LabExercise[];

export const LAB_EXERCISE_IDS: readonly string[] = labExercises.map((exercise) => exercise.id);
