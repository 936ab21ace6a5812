import {describe, expect, it} from 'vitest';
import {dispatchDockerfile} from '../../../src/dockerfile/dispatch';
import {parseDockerfile} from '../../../src/dockerfile/parse';
import {stageGraph} from '../../../src/dockerfile/stageGraph';

const WITH_TESTS = `FROM golang:1.27 AS builder
RUN go build -o /out/server .
FROM builder AS test
RUN go test ./...
FROM node:24-trixie-slim AS assets
RUN npm ci
FROM gcr.io/distroless/static-debian13:nonroot
COPY --from=builder /out/server /server
COPY --from=builder /etc/ssl/certs /etc/ssl/certs
COPY --from=nginx:1.27 /etc/mime.types /etc/mime.types
ENTRYPOINT ["/server"]`;

describe('stageGraph', () => {
  const dispatch = dispatchDockerfile(parseDockerfile(WITH_TESTS));

  it('has FROM-stage and COPY --from edges, one per pair, with their lines', () => {
    expect(stageGraph(dispatch).edges).toEqual([
      {from: 0, to: 1, kind: 'from', lines: [3]},
      {from: 0, to: 3, kind: 'copy', lines: [8, 9]},
      {from: 'nginx:1.27', to: 3, kind: 'copy', lines: [10]},
    ]);
  });

  it('builds for the last stage only what it depends on, as BuildKit does', () => {
    const graph = stageGraph(dispatch);
    expect(graph.target).toBe(3);
    expect(graph.needed).toEqual([true, false, false, true]);
  });

  it('follows --target: test needs builder, nothing else', () => {
    expect(stageGraph(dispatch, 1).needed).toEqual([true, true, false, false]);
  });
});
