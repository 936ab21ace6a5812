/**
 * The chapter's Dockerfile lab: one exercise per idea, placed in the chapter where that idea is
 * taught (<DockerfileLab exercise="…" />). Where a comparison on the same page shows the starting
 * Dockerfile or the solution, write it here exactly as in that pane: the lab then links to the
 * pane instead of printing it twice (src/remark/labExercises.ts). Each requirement is a predicate on the analysis (see
 * src/lab/grading.ts). tests/unit/labExercises.test.ts checks that every solution passes all of
 * its requirements and every starting Dockerfile fails at least one.
 */
import type {LabExercise} from './types';

const PINNED = {
  check: {kind: 'pinnedTags'},
  label: 'Cada imagen base lleva una etiqueta concreta (nada de latest).',
  hint: 'Añadir la versión a cada FROM: golang:1.27, alpine:3.24…',
} as const;

const NO_ERRORS = {
  check: {kind: 'noErrors'},
  label: 'El Dockerfile no tiene errores.',
  hint: 'Revisar la lista «Problemas»: cada error dice la línea y cómo arreglarlo.',
} as const;

const EXEC_FORM = {
  check: {kind: 'execForm'},
  label: 'CMD y ENTRYPOINT van en forma exec (un array JSON).',
  hint: 'Sin shell no hay /bin/sh -c: escribir ENTRYPOINT ["/server"] en lugar de ENTRYPOINT /server.',
} as const;

const COPIES_FROM_STAGE = {
  check: {kind: 'copiesFromStage'},
  label: 'La etapa final trae el resultado con COPY --from.',
  hint: 'Dar nombre a la etapa de construcción (AS builder) y copiar de ella solo lo necesario: COPY --from=builder …',
} as const;

export const labExercises = [
  {
    id: 'go-scratch',
    title: 'Go: de una etapa a scratch',
    statement:
      'Este Dockerfile publica el binario junto con todo el compilador de Go. Hay que separarlo en dos etapas: compilar en golang:1.27 y publicar sobre scratch solo el binario, con los certificados CA copiados de la etapa de construcción, un usuario por número distinto de 0 y ENTRYPOINT en forma exec.',
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
    requirements: [
      {
        check: {kind: 'multiStage'},
        label: 'Hay al menos dos etapas.',
        hint: 'Un segundo FROM abre la etapa que se publica.',
      },
      {
        check: {kind: 'finalBase', pattern: '^scratch$'},
        label: 'La imagen publicada parte de scratch.',
        hint: 'La última etapa debe empezar por FROM scratch.',
      },
      COPIES_FROM_STAGE,
      {
        check: {kind: 'copiesPath', pattern: '^/etc/ssl/certs/'},
        label: 'Los certificados CA llegan desde la etapa de construcción.',
        hint: 'scratch no trae certificados y sin ellos falla cualquier conexión HTTPS: COPY --from=builder /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/.',
      },
      {
        check: {kind: 'numericUser'},
        label: 'La imagen se ejecuta con un usuario por número, distinto de 0.',
        hint: 'scratch no tiene /etc/passwd: USER 65532:65532 funciona sin él y Kubernetes puede verificarlo.',
      },
      EXEC_FORM,
      PINNED,
      NO_ERRORS,
    ],
  },
  {
    id: 'shell-form',
    title: 'Un CMD que no arranca en distroless',
    statement:
      'Este contenedor no llega a arrancar: su CMD está en forma shell y la imagen no tiene /bin/sh. Hay que reescribirlo en forma exec, con el mismo programa y los mismos argumentos.',
    start: `FROM gcr.io/distroless/static-debian13:nonroot
COPY servidor /servidor
CMD /servidor --port 8080
`,
    solution: `FROM gcr.io/distroless/static-debian13:nonroot
COPY servidor /servidor
CMD ["/servidor", "--port", "8080"]
`,
    requirements: [
      EXEC_FORM,
      {
        check: {kind: 'runsProgram', pattern: '^/servidor$'},
        label: 'El contenedor ejecuta /servidor.',
        hint: 'Cada palabra es un elemento del array: CMD ["/servidor", "--port", "8080"].',
      },
      {
        check: {kind: 'finalBase', pattern: '^gcr\\.io/distroless/static-debian13:nonroot$'},
        label: 'La imagen sigue siendo distroless static:nonroot.',
        hint: 'El arreglo no es cambiar de imagen: es cambiar la forma del CMD.',
      },
      NO_ERRORS,
    ],
  },
  {
    id: 'java-distroless',
    title: 'Java: del JDK a distroless java25',
    statement:
      'La aplicación se compila y se ejecuta en la imagen del JDK. Hay que compilar en eclipse-temurin:25-jdk y publicar el .jar sobre gcr.io/distroless/java25-debian13:nonroot, con CMD ["app.jar"].',
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
    requirements: [
      {
        check: {kind: 'finalBase', pattern: '^gcr\\.io/distroless/java25-debian13:nonroot$'},
        label: 'La imagen publicada es gcr.io/distroless/java25-debian13:nonroot.',
        hint: 'La última etapa: FROM gcr.io/distroless/java25-debian13:nonroot.',
      },
      {
        check: {kind: 'buildBase', pattern: '^eclipse-temurin:25-jdk'},
        label: 'Se compila con el JDK 25, la misma versión que ejecuta la imagen final.',
        hint: 'Compilado para una Java más nueva que la de ejecución, falla con UnsupportedClassVersionError: FROM eclipse-temurin:25-jdk.',
      },
      COPIES_FROM_STAGE,
      {
        check: {kind: 'commandStartsWith', pattern: '\\.jar$'},
        label: 'El CMD solo nombra el .jar: la imagen ya ejecuta java -jar.',
        hint: 'El punto de entrada de las imágenes de Java es «java -jar»: CMD ["app.jar"].',
      },
      NO_ERRORS,
    ],
  },
  {
    id: 'node-prod',
    title: 'Node.js con solo las dependencias de producción',
    statement:
      'El servidor se publica con todas sus dependencias de desarrollo. Hay que instalar solo las de producción (npm ci --omit=dev) en una etapa aparte, copiar su node_modules y publicar sobre gcr.io/distroless/nodejs26-debian13:nonroot con CMD ["dist/server.js"].',
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
    requirements: [
      {
        check: {
          kind: 'finalBase',
          pattern: '^gcr\\.io/distroless/nodejs26-debian13(:nonroot)?$',
        },
        label: 'La imagen publicada es gcr.io/distroless/nodejs26-debian13.',
        hint: 'Última etapa: FROM gcr.io/distroless/nodejs26-debian13:nonroot.',
      },
      {
        check: {kind: 'earlierStageRuns', pattern: '--omit=dev'},
        label: 'Una etapa anterior instala solo las dependencias de producción.',
        hint: 'En una etapa aparte: RUN npm ci --omit=dev, y copiar su node_modules.',
      },
      {
        check: {kind: 'commandStartsWith', pattern: '^dist/server\\.js$'},
        label: 'El CMD solo nombra el script: la imagen ya ejecuta node.',
        hint: 'El punto de entrada de las imágenes de Node.js es «node»: CMD ["dist/server.js"].',
      },
      COPIES_FROM_STAGE,
      NO_ERRORS,
    ],
  },
  {
    id: 'python-venv',
    title: 'Python 3.13 con un entorno virtual sobre distroless',
    statement:
      'La imagen final debe ser gcr.io/distroless/python3-debian13:nonroot, que trae el Python 3.13 de Debian 13. Hay que crear el entorno virtual en una etapa debian:13-slim (el mismo intérprete, en la misma ruta), copiarlo y arrancar main.py con el python3 del entorno, en forma exec.',
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
    requirements: [
      {
        check: {kind: 'finalBase', pattern: '^gcr\\.io/distroless/python3-debian13(:nonroot)?$'},
        label: 'La imagen publicada es distroless python3-debian13.',
        hint: 'Última etapa: FROM gcr.io/distroless/python3-debian13:nonroot.',
      },
      {
        check: {kind: 'buildBase', pattern: '^debian:(13|trixie)(-slim)?$'},
        label:
          'El entorno virtual se crea en Debian 13, con el mismo Python 3.13 que la imagen final.',
        hint: 'El intérprete del entorno virtual es un enlace al que lo creó: en debian:13-slim es /usr/bin/python3, la misma ruta que en distroless.',
      },
      COPIES_FROM_STAGE,
      EXEC_FORM,
      NO_ERRORS,
    ],
  },
  {
    id: 'rust-cc',
    title: 'Rust: un binario enlazado con glibc sobre distroless cc',
    statement:
      'cargo build enlaza por defecto con glibc y libgcc_s. Hay que compilar en rust:1.95-trixie y publicar solo el binario target/release/servidor sobre gcr.io/distroless/cc-debian13:nonroot, con ENTRYPOINT en forma exec.',
    start: `FROM rust:1.95-trixie
WORKDIR /src
COPY . .
RUN cargo build --release --locked
USER 65532:65532
CMD ["/src/target/release/servidor"]
`,
    solution: `FROM rust:1.95-trixie AS build
WORKDIR /src
COPY . .
RUN cargo build --release --locked

FROM gcr.io/distroless/cc-debian13:nonroot
COPY --from=build /src/target/release/servidor /servidor
ENTRYPOINT ["/servidor"]
`,
    requirements: [
      {
        check: {kind: 'finalBase', pattern: '^gcr\\.io/distroless/cc-debian13(:nonroot)?$'},
        label: 'La imagen publicada es gcr.io/distroless/cc-debian13.',
        hint: 'El binario necesita glibc y libgcc_s: en static o scratch no arranca; cc los trae.',
      },
      COPIES_FROM_STAGE,
      EXEC_FORM,
      PINNED,
      NO_ERRORS,
    ],
  },
  {
    id: 'c-base',
    title: 'C: un programa enlazado con glibc sobre distroless base',
    statement:
      'gcc enlaza por defecto con la glibc del sistema. Hay que compilar en debian:13-slim y publicar solo /src/servidor sobre gcr.io/distroless/base-debian13:nonroot, con ENTRYPOINT en forma exec.',
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
    requirements: [
      {
        check: {kind: 'finalBase', pattern: '^gcr\\.io/distroless/(base|cc)-debian13(:nonroot)?$'},
        label: 'La imagen publicada es distroless base-debian13 (o cc, si el programa usa C++).',
        hint: 'El programa necesita la glibc: en static o scratch no arranca; base la trae.',
      },
      COPIES_FROM_STAGE,
      EXEC_FORM,
      PINNED,
      NO_ERRORS,
    ],
  },
] as const satisfies readonly LabExercise[];

export type LabExerciseId = (typeof labExercises)[number]['id'];

export const LAB_EXERCISE_IDS: readonly string[] = labExercises.map((exercise) => exercise.id);
