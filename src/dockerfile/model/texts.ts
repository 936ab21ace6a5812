/**
 * What Docker, BuildKit, runc and the runtimes print, each text with the source that prints
 * it. The model fills in the `{…}` parts; nothing here is paraphrased.
 */
import {documentSource, source, type Fact, type Source} from '../images/sources';

const text = (value: string, from: Source): Fact<string> => ({
  value,
  source: from,
});

export const RUN_TEXTS = {
  /** moby daemon/create.go: neither ENTRYPOINT nor CMD, in the image or its base. */
  noCommand: text('no command specified', source('moby', 'daemon/create.go', [364, 365])),
  /** Go os/exec's LookPath, called by runc's init before the container starts (create time). */
  notInPath: text(
    'exec: "{name}": executable file not found in $PATH',
    source('runc', 'libcontainer/standard_init_linux.go', [229, 234]),
  ),
  /** The same LookPath on a path: the file (or what a link points to) is not there. */
  statMissing: text(
    'exec: "{path}": stat {path}: no such file or directory',
    source('runc', 'libcontainer/standard_init_linux.go', [229, 234]),
  ),
  /** The same on a file without an execute bit (Go os/exec findExecutable: ErrPermission). */
  permissionDenied: text(
    'exec: "{path}": permission denied',
    source('goExec', 'src/os/exec/lp_unix.go', [18, 27]),
  ),
  /** The same, through a path whose parent is a file (ENOTDIR). */
  statNotDirectory: text(
    'exec: "{path}": stat {path}: not a directory',
    source('runc', 'libcontainer/standard_init_linux.go', [229, 234]),
  ),
  /** execve of a file that exists but whose ELF interpreter does not (start time). */
  loaderMissing: text(
    'exec {path}: no such file or directory',
    source('runc', 'internal/linux/linux.go', [18, 26]),
  ),
  /**
   * LookPath on a directory (runc calls it before starting: standard_init_linux.go). Since Go
   * 1.20 that is EISDIR, as moby's comment records.
   */
  isDirectory: text(
    'exec: "{path}": is a directory',
    source('moby', 'daemon/errors.go', [141, 146]),
  ),
  /** moby adds EACCES's text to an EISDIR, so that docker/cli still exits with 126. */
  isDirectorySuffix: text(': permission denied', source('moby', 'daemon/errors.go', [146, 147])),
  /** moby's hint after any «not a directory» when a container starts. */
  notDirectorySuffix: text(
    ': Are you trying to mount a directory onto a file (or vice-versa)? Check if the specified host path exists and is the expected type',
    source('moby', 'daemon/errors.go', [153, 154]),
  ),
  /** How Docker wraps a create-time error from runc. */
  createFailed: text(
    'unable to start container process: error during container init: {error}',
    source('runc', 'libcontainer/container_linux.go', 424),
  ),
  initFailed: text(
    'error during container init',
    source('runc', 'libcontainer/process_linux.go', 1058),
  ),
  /** moby reads /etc/passwd and /etc/group of the image (daemon/oci_linux.go getUser). */
  userMissing: text(
    'unable to find user {user}: no matching entries in passwd file',
    source('runc', 'vendor/github.com/moby/sys/user/user.go', [357, 360]),
  ),
  groupMissing: text(
    'unable to find group {group}: no matching entries in group file',
    source('runc', 'vendor/github.com/moby/sys/user/user.go', [397, 402]),
  ),
  /** glibc's dynamic loader, for a library the image does not have. */
  libraryMissing: text(
    '{path}: error while loading shared libraries: {library}: cannot open shared object file: No such file or directory',
    source(
      'glibc',
      'elf/dl-error-skeleton.c',
      'fatal_error: "%s: %s: %s%s%s%s%s", «error while loading shared libraries»',
    ),
  ),
  /** glibc's loader, for a symbol version the image's glibc does not define. */
  versionMissing: text(
    "version `{version}' not found (required by {path})",
    source('glibc', 'elf/dl-version.c', 'match_symbol: "version `%s\' not found (required by %s)"'),
  ),
  /** The Java launcher (libjli). */
  jarMissing: text(
    'Error: Unable to access jarfile {jar}',
    source('openjdkJli', 'src/java.base/share/native/libjli/emessages.h', 65),
  ),
  noMainManifest: text(
    'no main manifest attribute, in {jar}',
    source(
      'openjdk',
      'src/java.base/share/classes/sun/launcher/resources/launcher.properties',
      'java.launcher.jar.error3',
    ),
  ),
  linkageError: text(
    'Error: LinkageError occurred while loading main class {class}\n\t{error}',
    source(
      'openjdk',
      'src/java.base/share/classes/sun/launcher/resources/launcher.properties',
      'java.launcher.cls.error4',
    ),
  ),
  /** Node.js's CommonJS loader, for the main script. */
  moduleNotFound: text(
    "Error: Cannot find module '{path}'",
    source(
      'nodejs',
      'lib/internal/modules/cjs/loader.js',
      "Module._resolveFilename: `Cannot find module '${request}'`, code 'MODULE_NOT_FOUND'",
    ),
  ),
  /** V8, parsing a file that is no JavaScript (an ELF program starts with byte 0x7F). */
  notJavaScript: text(
    'SyntaxError: Invalid or unexpected token',
    source(
      'nodejsV8',
      'deps/v8/src/common/message-template.h',
      'T(InvalidOrUnexpectedToken, "Invalid or unexpected token")',
    ),
  ),
  /** CPython: the program name as invoked (argv[0]), then the script. */
  pythonCannotOpen: text(
    "{program}: can't open file '{path}': [Errno 2] No such file or directory",
    source(
      'cpython',
      'Modules/main.c',
      'pymain_run_file_obj: "%S: can\'t open file %R: [Errno %d] %s"',
    ),
  ),
  moduleNotInstalled: text(
    "ModuleNotFoundError: No module named '{module}'",
    source('cpython', 'Lib/importlib/_bootstrap.py', "_ERR_MSG_PREFIX = 'No module named '"),
  ),
} as const;

export const BUILD_TEXTS = {
  /** COPY of a path the source stage does not have. */
  copyNotFound: text(
    'failed to compute cache key: failed to calculate checksum of ref …: "{path}": not found',
    source('buildkit', 'cache/contenthash/checksum.go', 895),
  ),
  /** A RUN whose command exits with an error. */
  processFailed: text(
    'process "{command}" did not complete successfully: exit code: {code}',
    source('buildkit', 'solver/llbsolver/ops/exec.go', 555),
  ),
  /** Any error while BuildKit reads the instructions, before it builds anything. */
  parseError: text(
    'dockerfile parse error on line {line}: {error}',
    source('buildkit', 'frontend/dockerfile/instructions/parse.go', [175, 177]),
  ),
  /** FROM with an image reference that does not parse. */
  /** convert.go wraps reference.ParseNormalizedNamed (normalize.go:68) for a name in capitals. */
  invalidBase: text(
    'failed to parse stage name "{name}": invalid reference format: repository name ({repository}) must be lowercase',
    source('buildkit', 'frontend/dockerfile/dockerfile2llb/convert.go', [628, 631]),
  ),
  /** The same for any other malformed reference (reference.go:49, ErrReferenceInvalidFormat). */
  malformedBase: text(
    'failed to parse stage name "{name}": invalid reference format',
    source('buildkit', 'frontend/dockerfile/dockerfile2llb/convert.go', [628, 631]),
  ),
  blankBase: text(
    'base name ({name}) should not be blank',
    source('buildkit', 'frontend/dockerfile/dockerfile2llb/convert.go', [412, 413]),
  ),
  copyFromLater: text(
    'cannot copy from stage "{from}", it needs to be defined before current stage "{stage}"',
    source('buildkit', 'frontend/dockerfile/dockerfile2llb/convert.go', 1124),
  ),
  badIndex: text(
    'invalid stage index {index}',
    source('buildkit', 'frontend/dockerfile/dockerfile2llb/convert.go', [1264, 1267]),
  ),
  circular: text(
    'circular dependency detected on stage: {stage}',
    source('buildkit', 'frontend/dockerfile/dockerfile2llb/validations.go', 111),
  ),
  /** apt-get install without the package lists that `apt-get update` downloads. */
  aptNoPackage: text(
    'E: Unable to locate package {package}',
    source('apt', 'apt-pkg/cacheset.cc', 737),
  ),
  /** npm ci without package-lock.json. */
  npmCiNoLockfile: text(
    'The `npm ci` command can only install with an existing package-lock.json or\nnpm-shrinkwrap.json with lockfileVersion >= 1. Run an install with npm@5 or\nlater to generate a package-lock.json file, then try again.',
    source('npm', 'lib/commands/ci.js', [51, 55]),
  ),
  /** pip on a Python marked EXTERNALLY-MANAGED (PEP 668), as Debian's is. */
  externallyManaged: text(
    'error: externally-managed-environment',
    source('pip', 'src/pip/_internal/exceptions/__init__.py', 326),
  ),
  /** A shell that finds a command it cannot execute: exit status 126. */
  notExecutable: text(
    '126',
    documentSource(
      'bashExitStatus',
      '«If a command is found but is not executable, the return status is 126»',
    ),
  ),
  /** A shell that does not find a command: exit status 127. */
  commandNotFound: text(
    '127',
    documentSource(
      'bashExitStatus',
      '«If a command is not found, the child process created to execute it returns a status of 127»',
    ),
  ),
} as const;
