/**
 * The environment that BuildKit reads from a base image's configuration before the first
 * instruction of a stage. With no registry here, this is the list for the images the course
 * uses, taken from their published Dockerfiles (docker-library's official images) and
 * distroless' Bazel rules (`static/static.bzl`, `java/java.bzl`, `python3/python.bzl`). For any
 * other image only PATH is assumed, which BuildKit always sets (`dispatchStages`: "make sure
 * that PATH is always set"), so a variable such an image sets may be reported as undefined.
 */

const SYSTEM_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

const TEMURIN = 'JAVA_HOME=/opt/java/openjdk JAVA_VERSION LANG=en_US.UTF-8 LANGUAGE LC_ALL';

/**
 * Repository (after `docker.io/library/` or `gcr.io/distroless/`) → its ENV, as `NAME=value`
 * where a WORKDIR or COPY may expand the value, and a bare `NAME` where only the name matters.
 */
const IMAGE_ENV: ReadonlyArray<readonly [RegExp, string]> = [
  [/^golang$/, 'GOLANG_VERSION GOTOOLCHAIN=local GOPATH=/go'],
  [/^python$/, 'LANG=C.UTF-8 GPG_KEY PYTHON_VERSION PYTHON_SHA256'],
  [/^node$/, 'NODE_VERSION YARN_VERSION'],
  [/^(?:eclipse-temurin|openjdk)$/, TEMURIN],
  [/^maven$/, `${TEMURIN} MAVEN_HOME=/usr/share/maven MAVEN_CONFIG=/root/.m2`],
  [/^gradle$/, `${TEMURIN} GRADLE_HOME=/opt/gradle GRADLE_VERSION`],
  [/^rust$/, 'RUSTUP_HOME=/usr/local/rustup CARGO_HOME=/usr/local/cargo RUST_VERSION'],
  [/^gcc$/, 'GCC_VERSION'],
  [/^nginx$/, 'NGINX_VERSION NJS_VERSION NJS_RELEASE PKG_RELEASE'],
  [/^httpd$/, 'HTTPD_PREFIX=/usr/local/apache2 HTTPD_VERSION'],
  [/^distroless\/java/, 'SSL_CERT_FILE LANG=C.UTF-8 JAVA_VERSION'],
  [/^distroless\/python/, 'SSL_CERT_FILE LANG=C.UTF-8'],
  [/^distroless\//, 'SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt'],
];

/** The ENV a stage starts with when it is built FROM this image (`scratch` has only PATH). */
export function baseImageEnv(domain: string, path: string): Map<string, string> {
  const repository = domain === 'gcr.io' ? path : path.replace(/^library\//, '');
  const known =
    domain === 'docker.io' || domain === 'gcr.io'
      ? IMAGE_ENV.find(([pattern]) => pattern.test(repository))?.[1]
      : undefined;
  const env = new Map([['PATH', SYSTEM_PATH]]);
  for (const entry of known?.split(' ') ?? []) {
    const [name = '', value = 'x'] = entry.split('=');
    env.set(name, value);
  }
  return env;
}
