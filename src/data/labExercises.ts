/**
 * The chapter's Dockerfile lab: one exercise per idea, placed in the chapter where that idea is
 * taught (<DockerfileLab exercise="…" />). Each requirement is a predicate on the analysis (see
 * src/lab/grading.ts). tests/unit/labExercises.test.ts checks that every solution passes all of
 * its requirements and every starting Dockerfile fails at least one.
 */
import type {LabExercise} from './types';

const PINNED = {
  check: {kind: 'pinnedTags'},
  label: 'Cada imagen base lleva una etiqueta concreta (nada de latest).',
  hint: 'Añadir la versión a cada FROM: golang:1.27, alpine:3.23…',
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
    title: 'De una etapa a multi-stage sobre scratch',
    statement:
      'Este Dockerfile publica el binario junto con todo el compilador de Go. Hay que separarlo en dos etapas: compilar en golang:1.27 y publicar solo el binario estático sobre scratch.',
    start: `FROM golang:1.27
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -o /out/server .
ENTRYPOINT ["/out/server"]
`,
    solution: `FROM golang:1.27 AS builder
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -o /out/server .

FROM scratch
COPY --from=builder /out/server /server
ENTRYPOINT ["/server"]
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
      EXEC_FORM,
      PINNED,
      NO_ERRORS,
    ],
  },
  {
    id: 'java-distroless',
    title: 'Java: del JDK a distroless java21',
    statement:
      'La aplicación se compila y se ejecuta en la imagen del JDK. Hay que compilar en eclipse-temurin:21-jdk y publicar el .jar sobre gcr.io/distroless/java21-debian13 con la etiqueta nonroot.',
    start: `FROM eclipse-temurin:21-jdk
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw --batch-mode dependency:go-offline
COPY src/ src/
RUN ./mvnw --batch-mode package -DskipTests
CMD ["java", "-jar", "target/app.jar"]
`,
    solution: `FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw --batch-mode dependency:go-offline
COPY src/ src/
RUN ./mvnw --batch-mode package -DskipTests

FROM gcr.io/distroless/java21-debian13:nonroot
WORKDIR /app
COPY --from=build /src/target/app.jar ./app.jar
CMD ["app.jar"]
`,
    requirements: [
      {
        check: {kind: 'finalBase', pattern: '^gcr\\.io/distroless/java21-debian13:nonroot$'},
        label: 'La imagen publicada es gcr.io/distroless/java21-debian13:nonroot.',
        hint: 'La última etapa: FROM gcr.io/distroless/java21-debian13:nonroot.',
      },
      COPIES_FROM_STAGE,
      {
        check: {kind: 'commandStartsWith', pattern: '\\.jar$'},
        label: 'El CMD solo nombra el .jar: la imagen ya ejecuta java -jar.',
        hint: 'El punto de entrada de las imágenes java es «java -jar»: CMD ["app.jar"].',
      },
      NO_ERRORS,
    ],
  },
  {
    id: 'scratch-certs-user',
    title: 'scratch con certificados y un usuario por número',
    statement:
      'El servicio habla HTTPS y debe ejecutarse sin privilegios, pero scratch no trae certificados ni usuarios. Hay que copiar los certificados CA desde la etapa de construcción y fijar un usuario por número.',
    start: `FROM golang:1.27 AS builder
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -o /out/server .

FROM scratch
COPY --from=builder /out/server /server
ENTRYPOINT ["/server"]
`,
    solution: `FROM golang:1.27 AS builder
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -o /out/server .

FROM scratch
COPY --from=builder /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/
COPY --from=builder /out/server /server
USER 65532:65532
ENTRYPOINT ["/server"]
`,
    requirements: [
      {
        check: {kind: 'finalBase', pattern: '^scratch$'},
        label: 'La imagen publicada sigue partiendo de scratch.',
        hint: 'No hace falta cambiar de imagen base: basta con copiar lo que falta.',
      },
      {
        check: {kind: 'copiesPath', pattern: '^/etc/ssl/certs/'},
        label: 'Los certificados CA llegan desde otra etapa.',
        hint: 'La imagen de Go los tiene en /etc/ssl/certs/ca-certificates.crt: copiarlos con COPY --from=builder.',
      },
      {
        check: {kind: 'numericUser'},
        label: 'La imagen se ejecuta con un usuario por número, distinto de 0.',
        hint: 'scratch no tiene /etc/passwd: USER 65532:65532 funciona sin él y Kubernetes puede verificarlo.',
      },
      NO_ERRORS,
    ],
  },
  {
    id: 'shell-form',
    title: 'Un CMD que no arranca en distroless',
    statement:
      'Este contenedor no llega a arrancar: su CMD está en forma shell y la imagen no tiene /bin/sh. Hay que reescribirlo en forma exec, con los mismos argumentos.',
    start: `FROM golang:1.27 AS builder
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -o /out/server .

FROM gcr.io/distroless/static-debian13:nonroot
COPY --from=builder /out/server /server
CMD /server --port 8080
`,
    solution: `FROM golang:1.27 AS builder
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -o /out/server .

FROM gcr.io/distroless/static-debian13:nonroot
COPY --from=builder /out/server /server
CMD ["/server", "--port", "8080"]
`,
    requirements: [
      EXEC_FORM,
      {
        check: {kind: 'finalBase', pattern: '^gcr\\.io/distroless/static-debian13:nonroot$'},
        label: 'La imagen sigue siendo distroless static:nonroot.',
        hint: 'El arreglo no es cambiar de imagen: es cambiar la forma del CMD.',
      },
      NO_ERRORS,
    ],
  },
  {
    id: 'python-venv',
    title: 'Python 3.13 con un entorno virtual sobre distroless',
    statement:
      'La imagen final debe ser gcr.io/distroless/python3-debian13:nonroot, que trae Python 3.13. Hay que crear el entorno virtual en una etapa con Python 3.13 (python:3.13-slim-trixie), copiarlo y arrancar el script en forma exec.',
    start: `FROM python:3.12
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY src/ ./
CMD python main.py
`,
    solution: `FROM python:3.13-slim-trixie AS build
RUN python -m venv /venv
COPY requirements.txt .
RUN /venv/bin/pip install --no-cache-dir -r requirements.txt

FROM gcr.io/distroless/python3-debian13:nonroot
COPY --from=build /venv /venv
ENV PYTHONPATH=/venv/lib/python3.13/site-packages
WORKDIR /app
COPY src/ ./
CMD ["main.py"]
`,
    requirements: [
      {
        check: {kind: 'finalBase', pattern: '^gcr\\.io/distroless/python3-debian13(:nonroot)?$'},
        label: 'La imagen publicada es distroless python3-debian13.',
        hint: 'Última etapa: FROM gcr.io/distroless/python3-debian13:nonroot.',
      },
      {
        check: {kind: 'buildBase', pattern: '^python:3\\.13(-|$)'},
        label: 'Una etapa anterior usa Python 3.13, la misma versión que la imagen final.',
        hint: 'Las extensiones compiladas dependen de la versión exacta: construir con python:3.13-slim-trixie.',
      },
      COPIES_FROM_STAGE,
      EXEC_FORM,
      NO_ERRORS,
    ],
  },
  {
    id: 'node-prod',
    title: 'Node.js con solo las dependencias de producción',
    statement:
      'El servidor se publica con todas sus dependencias de desarrollo. Hay que instalar solo las de producción (npm ci --omit=dev) en una etapa aparte y publicar sobre gcr.io/distroless/nodejs24-debian13:nonroot con CMD ["dist/server.js"].',
    start: `FROM node:24-trixie-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build
CMD ["node", "dist/server.js"]
`,
    solution: `FROM node:24-trixie-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:24-trixie-slim AS prod-deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev

FROM gcr.io/distroless/nodejs24-debian13:nonroot
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
          pattern: '^gcr\\.io/distroless/nodejs2[246]-debian13(:nonroot)?$',
        },
        label: 'La imagen publicada es una distroless de Node.js.',
        hint: 'Última etapa: FROM gcr.io/distroless/nodejs24-debian13:nonroot.',
      },
      {
        check: {kind: 'earlierStageRuns', pattern: '--omit=dev'},
        label: 'Una etapa anterior instala solo las dependencias de producción.',
        hint: 'En una etapa aparte: RUN npm ci --omit=dev, y copiar su node_modules.',
      },
      {
        check: {kind: 'commandStartsWith', pattern: '^dist/server\\.js$'},
        label: 'El CMD solo nombra el script: la imagen ya ejecuta node.',
        hint: 'El punto de entrada de las imágenes nodejs es «node»: CMD ["dist/server.js"].',
      },
      COPIES_FROM_STAGE,
      NO_ERRORS,
    ],
  },
] as const satisfies readonly LabExercise[];

export type LabExerciseId = (typeof labExercises)[number]['id'];

export const LAB_EXERCISE_IDS: readonly string[] = labExercises.map((exercise) => exercise.id);
