/**
 * One reference for each image and variant the data describes: what the unit tests walk to
 * check that every fact has its source, and what `npm run images:sources` prints with the line
 * each source points at.
 */
export const CATALOG: readonly string[] = [
  'scratch',
  ...['static', 'base', 'base-nossl', 'cc', 'java-base', 'java17', 'java21', 'java25']
    .concat(['nodejs22', 'nodejs24', 'nodejs26', 'python3'])
    .flatMap((image) =>
      ['latest', 'nonroot', 'debug', 'debug-nonroot'].map(
        (tag) => `gcr.io/distroless/${image}-debian13:${tag}`,
      ),
    ),
  'gcr.io/distroless/static-debian12:nonroot',
  'gcr.io/distroless/cc-debian12:debug',
  'debian:13',
  'buildpack-deps:trixie',
  'ubuntu:26.04',
  'debian:13-slim',
  'alpine:3.24',
  'golang:1.27',
  'golang:1.27-alpine',
  'python:3.13',
  'python:3.13-slim',
  'python:3.13-alpine',
  'node:26',
  'node:26-trixie-slim',
  'node:26-alpine',
  'rust:1.98-trixie',
  'rust:1.98-slim-trixie',
  'rust:1.98-alpine',
  'eclipse-temurin:25-jdk',
  'eclipse-temurin:25-jre',
  'eclipse-temurin:25-jdk-alpine',
  'maven:3.9-eclipse-temurin-25',
  'gradle:9.7-jdk25',
  'nginx:1.31',
  'httpd:2.4',
];
