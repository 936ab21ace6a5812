/**
 * The one model of a Dockerfile: what BuildKit's Dockerfile frontend does with each stage
 * (`dockerfile2llb/convert.go`: `buildMetaArgs`, `buildDispatchStates`, `toCommand`,
 * `dispatchStages` with every stage, as `docker build --check` does without --target). It
 * builds nothing; it keeps the stages (names lower-cased, a base matched against earlier names
 * as written, the last stage of a name winning), the global ARGs and their defaults, each
 * stage's environment (its base image's, its parent stage's, then its own ARG and ENV), the
 * variables each instruction looked up and did not find, the words after expansion, and what
 * each `--from` names. The rules, the stage graph, the diagram and the image model read it;
 * dockerfile-ast is only its parser (syntax errors, source ranges).
 */
import type {Instruction} from 'dockerfile-ast';
import leven from 'leven';
import {isKnown, lookupImage} from './images';
import {jsonArgs} from './jsonArgs';
import {instructionLines, type InstructionLines} from './instructionLines';
import {parseImageReference, type ImageReference} from './imageReference';
import type {ParsedDockerfile} from './parse';
import {expandWord, type ExpandedWord} from './shellWord';

/** BuildKit's predefined platform ARGs, as on a linux/amd64 builder (`defaultArgs`). */
export const PLATFORM_ARGS: ReadonlyMap<string, string> = new Map([
  ['BUILDPLATFORM', 'linux/amd64'],
  ['BUILDOS', 'linux'],
  ['BUILDOSVERSION', ''],
  ['BUILDARCH', 'amd64'],
  ['BUILDVARIANT', ''],
  ['TARGETPLATFORM', 'linux/amd64'],
  ['TARGETOS', 'linux'],
  ['TARGETOSVERSION', ''],
  ['TARGETARCH', 'amd64'],
  ['TARGETVARIANT', ''],
]);

const NO_VARIABLES: readonly MissingVariable[] = [];

/** ARGs BuildKit reads for itself and never puts in the environment. */
const NON_ENV_ARGS = new Set(['BUILDKIT_SBOM_SCAN_CONTEXT', 'BUILDKIT_SBOM_SCAN_STAGE']);

interface Definition {
  readonly key: string;
  readonly value: string | null;
  /** ENV/LABEL written `KEY value`, without «=». */
  readonly legacy: boolean;
}

export interface MissingVariable {
  readonly name: string;
  /** The closest defined name (Levenshtein distance under 3), as BuildKit suggests it. */
  readonly suggestion: string | null;
}

/**
 * What a `COPY --from` or `RUN --mount=from=` names: an earlier stage, the build context, or an
 * image (`reference` null when Docker would reject it as an image reference).
 */
export type FromSource =
  | {readonly kind: 'stage'; readonly index: number}
  | {readonly kind: 'image'; readonly reference: ImageReference | null}
  | {readonly kind: 'context'}
  /** A number with no stage of that index: BuildKit fails before building anything. */
  | {readonly kind: 'badIndex'; readonly index: number};

/** A `--from` of an instruction, as written and resolved. */
export interface FromReference {
  readonly flag: 'from' | 'mount';
  readonly text: string;
  readonly source: FromSource;
}

/** A `RUN --mount=…`: its type, where it is mounted and, for bind and cache, its source. */
interface RunMount {
  readonly type: string;
  readonly target: string;
  readonly from: FromReference | null;
  /** A bind mount's path inside its source. */
  readonly source: string;
}

/**
 * One resolver for a stage named by `COPY --from`, `RUN --mount=from=` or `--target`: a
 * number is an index (`findStateByIndex`), anything else a name, lower-cased and looked up
 * among every stage of the file, the last of a name winning (`findStateByName` on the map
 * `addState` filled); what names no stage is an image, or the context for a mount.
 */
export function resolveFrom(
  text: string,
  names: ReadonlyMap<string, number>,
  flag: 'from' | 'mount' | 'target',
  stageCount: number,
): FromSource {
  if (flag === 'from' && /^\d+$/.test(text)) {
    const index = Number(text);
    // convert.go toCommand: strconv.Atoi, then findStateByIndex ("invalid stage index").
    return index < stageCount ? {kind: 'stage', index} : {kind: 'badIndex', index};
  }
  const index = names.get(text.toLowerCase());
  if (index !== undefined) return {kind: 'stage', index};
  if (flag === 'mount' && text === '') return {kind: 'context'};
  return {kind: 'image', reference: parseImageReference(text)};
}

/** An instruction as the frontend sees it: continuation lines joined, flags apart. */
export interface DispatchedInstruction {
  readonly instruction: Instruction;
  readonly keyword: string;
  readonly lines: InstructionLines;
  /** `--name=value` flags before the arguments. */
  readonly flags: ReadonlyMap<string, readonly string[]>;
  /** The arguments after the flags, as one string. */
  readonly rest: string;
  /** Index of its stage; -1 before the first FROM. */
  readonly stage: number;
  /** Variables it used that were neither in the environment nor declared with ARG. */
  readonly undefinedVars: readonly MissingVariable[];
  /** Its arguments after expansion, for the instructions whose checks read them. */
  readonly expanded: readonly string[];
  /** ENV and LABEL: their pairs; ARG: its names and defaults (value null when none). */
  readonly definitions: readonly Definition[];
  /** ENV and ARG after expansion, as the stage's environment then holds them. */
  readonly values: readonly (readonly [string, string])[];
  /** COPY/ADD `--from` and RUN `--mount=from=`, resolved. */
  readonly from: readonly FromReference[];
  /** RUN's `--mount` flags. */
  readonly mounts: readonly RunMount[];
  /** CMD/ENTRYPOINT: a SHELL is set for the stage (here or in a parent stage). */
  readonly shellSet: boolean;
  /** WORKDIR: the stage (or its parent chain) had already set a WORKDIR. */
  readonly workdirSet: boolean;
  /**
   * The first flag the instruction does not take: a parse error that stops the build before
   * anything runs (unknownFlagText); null when every flag is known.
   */
  readonly unknownFlag: UnknownFlag | null;
}

/** A flag, as written, that an instruction does not take, and BuildKit's suggestion for it. */
export interface UnknownFlag {
  readonly name: string;
  readonly suggestion: string | null;
}

/** BuildKit's text for it: bflag.go's «unknown flag», util/suggest's «did you mean». */
export const unknownFlagText = ({name, suggestion}: UnknownFlag): string =>
  `unknown flag: --${name}${suggestion ? ` (did you mean ${suggestion}?)` : ''}`;

export interface DispatchedStage {
  readonly index: number;
  /** `AS name`, in lower case as BuildKit keeps it. */
  readonly name: string | null;
  /** The FROM line's first word, as written. */
  readonly baseText: string;
  /** The FROM line's image after expanding global ARGs; null where expansion failed. */
  readonly base: string | null;
  /** The earlier stage this one is built FROM, if any (matched as written, the last of a name). */
  readonly parent: number | null;
  /**
   * The image it starts from: `scratch`, a reference, or null when it is built on a stage, or
   * its base is no valid reference (`invalidBase`).
   */
  readonly image: ImageReference | 'scratch' | null;
  /** The base is neither an earlier stage nor an image reference Docker accepts. */
  readonly invalidBase: boolean;
  /** 1-based line of the FROM. */
  readonly line: number;
  /** The last stage: the one `docker build` publishes without --target. */
  readonly isFinal: boolean;
  readonly from: DispatchedInstruction;
  /** Names in the FROM line (image or --platform) that no global ARG declares. */
  readonly undeclaredFromArgs: readonly MissingVariable[];
  /** `--platform` after expansion, with the variables it used. */
  readonly platform: ExpandedWord | null;
  readonly instructions: readonly DispatchedInstruction[];
}

export interface Dispatch {
  readonly lines: readonly InstructionLines[];
  readonly preamble: readonly DispatchedInstruction[];
  readonly stages: readonly DispatchedStage[];
  /** Stage names (lower case) → the last stage of that name, as BuildKit's map ends up. */
  readonly names: ReadonlyMap<string, number>;
  /** Every instruction with its lines and comments, by 1-based start line. */
  readonly byLine: ReadonlyMap<number, DispatchedInstruction>;
}

/** `suggest.Search` (Levenshtein, as agext/levenshtein): the first option at the smallest distance below 3. */
function suggest(name: string, options: Iterable<string>): string | null {
  let best: string | null = null;
  let bestDistance = 3;
  for (const option of options) {
    if (option === name) return null;
    const distance = leven(name, option);
    if (distance < bestDistance) {
      best = option;
      bestDistance = distance;
    }
  }
  return best;
}

/** Splits on blanks outside quotes, keeping quotes and escapes (parser's `parseWords`). */
export function parseWords(text: string, escape: string): string[] {
  if (!text.includes('"') && !text.includes("'") && !text.includes(escape)) {
    return text.split(/\s+/).filter(Boolean);
  }
  if (!text.includes(escape)) return quotedWords(text);
  const words: string[] = [];
  let word = '';
  let quote: string | null = null;
  let started = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i] ?? '';
    if (quote === null && (char === ' ' || char === '\t' || char === '\n' || char === '\r')) {
      if (started) words.push(word);
      word = '';
      started = false;
      continue;
    }
    started = true;
    if (quote === null && (char === '"' || char === "'")) quote = char;
    else if (quote !== null && char === quote) quote = null;
    if (char === escape && quote !== "'") {
      if (i + 1 === text.length) continue;
      word += char;
      i += 1;
      word += text[i] ?? '';
      continue;
    }
    word += char;
  }
  if (started) words.push(word);
  return words;
}

/** parseWords for a text without escape characters: cut on blanks outside quotes. */
function quotedWords(text: string): string[] {
  const words: string[] = [];
  let start = -1;
  let quote = '';
  for (let i = 0; i <= text.length; i += 1) {
    const char = text[i] ?? ' ';
    if (quote !== '') {
      if (char === quote) quote = '';
    } else if (char === ' ' || char === '\t' || char === '\n' || char === '\r') {
      if (start !== -1) words.push(text.slice(start, i));
      start = -1;
    } else {
      if (start === -1) start = i;
      if (char === '"' || char === "'") quote = char;
    }
  }
  // An unclosed quote runs to the end of the line, as in BuildKit.
  if (start !== -1) words.push(text.slice(start));
  return words;
}

/** The instruction as one line: comments dropped, each continuation character removed. */
function joinedText(
  parsed: ParsedDockerfile,
  lines: InstructionLines,
  continuation: RegExp,
): string {
  const first = parsed.lines[lines.start - 1] ?? '';
  if (lines.end === lines.start) return first.trimStart();
  const parts: string[] = [];
  for (let line = lines.start; line <= lines.end; line += 1) {
    const text = parsed.lines[line - 1] ?? '';
    if (line > lines.start && (text.trimStart().startsWith('#') || text.trim() === '')) continue;
    parts.push(text.replace(continuation, ''));
  }
  return parts.join('').trimStart();
}

const FLAG = /^--([A-Za-z][\w-]*)(?:=((?:"[^"]*"|'[^']*'|\S)*))?(?:\s+|$)/;

/**
 * The flags each instruction takes (instructions/parse.go: parseAdd 321-327, parseCopy 367-372,
 * parseFrom 401, parseHealthcheck 612-616; RUN's from its hooks: commands_runmount.go:72,
 * commands_runnetwork.go:35, commands_runsecurity.go:31, commands_rundevice.go:21). The others
 * that call `req.flags.Parse()` take none; ARG and STOPSIGNAL never read theirs.
 */
const INSTRUCTION_FLAGS: Readonly<Record<string, readonly string[]>> = {
  ADD: ['chown', 'chmod', 'link', 'keep-git-dir', 'checksum', 'unpack', 'exclude'],
  COPY: ['chown', 'from', 'chmod', 'link', 'exclude', 'parents'],
  FROM: ['platform'],
  HEALTHCHECK: ['interval', 'timeout', 'start-period', 'start-interval', 'retries'],
  RUN: ['mount', 'network', 'security', 'device'],
  ENV: [],
  MAINTAINER: [],
  LABEL: [],
  ONBUILD: [],
  WORKDIR: [],
  CMD: [],
  ENTRYPOINT: [],
  EXPOSE: [],
  USER: [],
  VOLUME: [],
  SHELL: [],
};

/**
 * BFlags.Parse (instructions/bflag.go:142-175): the first flag, as written (names are
 * case-sensitive), that the instruction does not take, with util/suggest's «did you mean» for
 * a name under 3 edits from one it takes.
 */
function unknownFlag(keyword: string, names: readonly string[]): UnknownFlag | null {
  const known = INSTRUCTION_FLAGS[keyword];
  if (!known) return null;
  const name = names.find((flag) => !known.includes(flag));
  if (name === undefined) return null;
  let suggestion: string | null = null;
  let best = 3;
  for (const option of known) {
    const distance = leven(name, option);
    if (distance < best) {
      suggestion = option;
      best = distance;
    }
  }
  return {name, suggestion};
}

function splitFlags(text: string): {flags: Map<string, string[]>; names: string[]; rest: string} {
  const flags = new Map<string, string[]>();
  const names: string[] = [];
  if (!text.startsWith('--')) return {flags, names, rest: text.trim()};
  let rest = text;
  for (let match = FLAG.exec(rest); match; match = FLAG.exec(rest)) {
    names.push(match[1] ?? '');
    const name = (match[1] ?? '').toLowerCase();
    flags.set(name, [...(flags.get(name) ?? []), (match[2] ?? '').replace(/^(["'])(.*)\1$/, '$2')]);
    rest = rest.slice(match[0].length);
  }
  return {flags, names, rest: rest.trim()};
}

/** Key/value pairs of ENV and LABEL (`parseNameVal`): the legacy `KEY value` form gives one. */
function nameValues(rest: string, escape: string): Definition[] {
  const words = parseWords(rest, escape);
  const first = words[0];
  if (first === undefined) return [];
  if (!first.includes('=')) {
    const [key = '', value = ''] = rest.split(/\s+(.*)/s);
    return [{key, value, legacy: true}];
  }
  return words.map((word) => {
    const at = word.indexOf('=');
    return {key: word.slice(0, at), value: word.slice(at + 1), legacy: false};
  });
}

/** ARG's `name` and `name=value` words (`parseNameOrNameVal`). */
function argDefinitions(rest: string, escape: string): Definition[] {
  return parseWords(rest, escape).map((word) => {
    const at = word.indexOf('=');
    return at === -1
      ? {key: word, value: null, legacy: false}
      : {key: word.slice(0, at), value: word.slice(at + 1), legacy: false};
  });
}

type FromLike = Instruction & {getBuildStage?: () => string | null};

class StageState {
  env: Map<string, string>;
  buildArgs: string[];
  shellSet: boolean;
  workdirSet: boolean;

  constructor(parent: StageState | null, base: string | null) {
    if (parent) {
      this.env = new Map(parent.env);
      this.buildArgs = [...parent.buildArgs];
      this.shellSet = parent.shellSet;
      this.workdirSet = parent.workdirSet;
    } else {
      this.env = new Map();
      const reference =
        base === 'scratch' ? 'scratch' : base === null ? null : parseImageReference(base);
      const image = reference === null ? null : lookupImage(reference);
      if (image && isKnown(image)) {
        for (const {value} of image.config.env) this.env.set(value[0], value[1]);
      }
      // BuildKit always sets PATH (dispatchStages: "make sure that PATH is always set").
      if (!this.env.has('PATH'))
        this.env.set('PATH', '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin');
      this.buildArgs = [];
      this.shellSet = false;
      this.workdirSet = false;
    }
  }
}

export function dispatchDockerfile(parsed: ParsedDockerfile): Dispatch {
  const escape = parsed.ast.getEscapeCharacter();
  const continuation = new RegExp(`${escape === '`' ? '`' : '\\\\'}[ \\t]*$`);
  const lines = instructionLines(parsed.lines, escape);
  const linesByStart = new Map(lines.map((info) => [info.start, info]));
  const instructions = parsed.ast.getInstructions();

  const describe = (instruction: Instruction, stage: number) => {
    const start = instruction.getRange().start.line + 1;
    const info = linesByStart.get(start) ?? {
      start,
      end: instruction.getRange().end.line + 1,
      comments: [],
      emptyContinuation: false,
      heredocs: [],
    };
    const text = joinedText(parsed, info, continuation);
    const {flags, names, rest} = splitFlags(text.replace(/^\S+\s*/, ''));
    const keyword = instruction.getKeyword();
    // HEALTHCHECK NONE returns before it parses its flags (parse.go:602-608, parseHealthcheck).
    const readsFlags = !(keyword === 'HEALTHCHECK' && /^none$/i.test(rest));
    const unknown = names.length === 0 || !readsFlags ? null : unknownFlag(keyword, names);
    return {instruction, keyword, lines: info, flags, rest, stage, unknownFlag: unknown};
  };

  // Global ARGs, with BuildKit's defaults for the platform ones (`buildMetaArgs`).
  const lastFrom = instructions.filter((instruction) => instruction.getKeyword() === 'FROM').at(-1);
  const globalEnv = new Map(PLATFORM_ARGS);
  globalEnv.set(
    'TARGETSTAGE',
    (lastFrom as FromLike | undefined)?.getBuildStage?.()?.toLowerCase() || 'default',
  );
  const declaredGlobals = new Set<string>();
  const preamble: DispatchedInstruction[] = [];
  let index = 0;
  for (; index < instructions.length; index += 1) {
    const instruction = instructions[index];
    if (!instruction || instruction.getKeyword() === 'FROM') break;
    const base = describe(instruction, -1);
    if (base.keyword === 'ARG') {
      for (const {key, value} of argDefinitions(base.rest, escape)) {
        declaredGlobals.add(key);
        if (value === null) continue;
        const expanded = expandWord(value, globalEnv, {escape});
        if (expanded) globalEnv.set(key, expanded.result);
      }
    }
    preamble.push({
      ...base,
      undefinedVars: [],
      expanded: [],
      definitions: base.keyword === 'ARG' ? argDefinitions(base.rest, escape) : [],
      values: [],
      from: [],
      mounts: [],
      shellSet: false,
      workdirSet: false,
    });
  }
  const fromArgNames = new Set([...declaredGlobals, ...globalEnv.keys()]);

  // Every stage's name first (`addState` runs for all stages before `toCommand`), so a
  // `--from` finds the last stage of a name wherever it is.
  const froms = instructions.slice(index).filter((item) => item.getKeyword() === 'FROM');
  const names = new Map<string, number>();
  froms.forEach((from, position) => {
    const name = (from as FromLike).getBuildStage?.();
    if (name) names.set(name.toLowerCase(), position);
  });
  const resolve = (text: string, flag: 'from' | 'mount'): FromReference => ({
    flag,
    text,
    source: resolveFrom(text, names, flag, froms.length),
  });

  const stages: DispatchedStage[] = [];
  const states: StageState[] = [];
  const byName = new Map<string, number>();
  const all: DispatchedInstruction[] = [...preamble];

  while (index < instructions.length) {
    const fromInstruction = instructions[index];
    if (!fromInstruction) break;
    let end = index + 1;
    while (end < instructions.length && instructions[end]?.getKeyword() !== 'FROM') end += 1;
    const stageIndex = stages.length;
    const from = describe(fromInstruction, stageIndex);
    const fromWords = parseWords(from.rest, escape);
    const image = fromWords[0] ?? '';
    const name =
      fromWords.length === 3 && fromWords[1]?.toLowerCase() === 'as'
        ? (fromWords[2] ?? '').toLowerCase()
        : null;

    const expandedBase = expandWord(image, globalEnv, {escape});
    const platformFlag = from.flags.get('platform')?.[0];
    const platform =
      platformFlag === undefined ? null : expandWord(platformFlag, globalEnv, {escape});
    const undeclared = [...(expandedBase?.unmatched ?? []), ...(platform?.unmatched ?? [])]
      .filter((variable) => !fromArgNames.has(variable))
      .map((variable) => ({name: variable, suggestion: suggest(variable, fromArgNames)}));
    const base = expandedBase?.result ?? null;
    const parentIndex = base === null ? undefined : byName.get(base);
    const parentState = parentIndex === undefined ? null : (states[parentIndex] ?? null);
    const state = new StageState(parentState, base);
    if (name) byName.set(name, stageIndex);
    const reference =
      parentIndex !== undefined || base === null || base === ''
        ? null
        : base === 'scratch'
          ? 'scratch'
          : parseImageReference(base);

    const dispatched: DispatchedInstruction[] = [];
    const fromDispatched: DispatchedInstruction = {
      ...from,
      undefinedVars: [],
      expanded: base === null ? [] : [base],
      definitions: [],
      values: [],
      from: [],
      mounts: [],
      shellSet: false,
      workdirSet: false,
    };
    dispatched.push(fromDispatched);

    const missing: MissingVariable[] = [];
    const expand = (word: string): ExpandedWord | null => {
      const result = expandWord(word, state.env, {escape});
      if (result)
        for (const variable of result.unmatched) {
          if (state.buildArgs.includes(variable) || NON_ENV_ARGS.has(variable)) continue;
          missing.push({name: variable, suggestion: suggest(variable, state.env.keys())});
        }
      return result;
    };
    for (let position = index + 1; position < end; position += 1) {
      const instruction = instructions[position];
      if (!instruction) continue;
      const described = describe(instruction, stageIndex);
      missing.length = 0;
      const {keyword, rest, flags} = described;
      let expanded: string[] = [];
      let definitions: Definition[] = [];
      const values: (readonly [string, string])[] = [];
      const fromReferences: FromReference[] = [];
      const mounts: RunMount[] = [];
      const workdirSet = state.workdirSet;
      switch (keyword) {
        case 'ENV':
        case 'LABEL': {
          definitions = nameValues(rest, escape);
          // A LABEL's value only matters for the variables it names; an ENV's is the stage's.
          const pairs = definitions.map(({key, value}) => ({
            key: keyword === 'ENV' || key.includes('$') ? (expand(key)?.result ?? key) : key,
            value:
              keyword === 'ENV' || value?.includes('$')
                ? (expand(value ?? '')?.result ?? value ?? '')
                : (value ?? ''),
          }));
          if (keyword === 'ENV') {
            pairs.forEach(({key, value}) => {
              state.env.set(key, value);
              values.push([key, value]);
            });
          }
          break;
        }
        case 'ARG':
          definitions = argDefinitions(rest, escape);
          for (const {key, value} of definitions) {
            let resolved: string | undefined;
            if (value !== null) resolved = expand(value)?.result ?? value;
            else resolved = globalEnv.get(key);
            if (resolved !== undefined && !NON_ENV_ARGS.has(key)) {
              state.env.set(key, resolved);
              values.push([key, resolved]);
            }
            state.buildArgs.push(key);
          }
          break;
        case 'COPY':
        case 'ADD': {
          for (const flag of ['chown', 'chmod', ...(keyword === 'ADD' ? ['checksum'] : [])])
            for (const value of flags.get(flag) ?? []) expand(value);
          const words = jsonArgs(rest) ?? rest.split(/\s+/).filter(Boolean);
          expanded = words.map((word) =>
            word.startsWith('<<') ? word : (expand(word)?.result ?? word),
          );
          for (const value of flags.get('from') ?? []) fromReferences.push(resolve(value, 'from'));
          break;
        }
        case 'WORKDIR':
          expanded = [expand(rest)?.result ?? rest];
          state.workdirSet = true;
          break;
        case 'USER':
        case 'STOPSIGNAL':
          expanded = [expand(rest)?.result ?? rest];
          break;
        case 'VOLUME':
          expanded = (jsonArgs(rest) ?? rest.split(/\s+/).filter(Boolean)).map(
            (word) => expand(word)?.result ?? word,
          );
          break;
        case 'RUN':
          for (const mount of flags.get('mount') ?? []) {
            let type = 'bind';
            let target = '';
            let source = '/';
            let fromText: string | undefined;
            for (const field of mount.split(',')) {
              const at = field.indexOf('=');
              if (at !== -1 && field.includes('$', at)) expand(field.slice(at + 1));
              const key = (at === -1 ? field : field.slice(0, at)).trim().toLowerCase();
              const value = at === -1 ? '' : field.slice(at + 1);
              // BuildKit's mount options: the last of each wins; dst and destination are target.
              if (key === 'type') type = value;
              else if (key === 'target' || key === 'dst' || key === 'destination') target = value;
              else if (key === 'source' || key === 'src') source = value;
              else if (key === 'from') fromText = value;
            }
            const reference = fromText === undefined ? null : resolve(fromText, 'mount');
            if (reference) fromReferences.push(reference);
            mounts.push({type, target, from: reference, source});
          }
          break;
        case 'EXPOSE':
          expanded = rest
            .split(/\s+/)
            .filter(Boolean)
            .flatMap((word) => expandWord(word, state.env, {escape})?.words ?? [word]);
          break;
        case 'SHELL':
          state.shellSet = true;
          break;
        default:
          break;
      }
      const record: DispatchedInstruction = {
        instruction: described.instruction,
        keyword,
        lines: described.lines,
        flags,
        rest,
        stage: stageIndex,
        undefinedVars: missing.length === 0 ? NO_VARIABLES : [...missing],
        expanded,
        definitions,
        values,
        from: fromReferences,
        mounts,
        shellSet: state.shellSet,
        workdirSet,
        unknownFlag: described.unknownFlag,
      };
      dispatched.push(record);
    }
    states.push(state);
    all.push(...dispatched);
    stages.push({
      index: stageIndex,
      name,
      baseText: image,
      base,
      parent: parentIndex ?? null,
      image: reference,
      invalidBase: parentIndex === undefined && reference === null,
      line: from.lines.start,
      isFinal: stageIndex === froms.length - 1,
      from: fromDispatched,
      undeclaredFromArgs: undeclared,
      platform,
      instructions: dispatched,
    });
    index = end;
  }
  const byLine = new Map<number, DispatchedInstruction>();
  for (const item of all) byLine.set(item.lines.start, item);
  return {
    lines,
    preamble,
    stages,
    names,
    byLine,
  };
}

/**
 * The image at the root of a stage's FROM chain: its facts, what is unknown about it, or null
 * when the chain ends in an invalid base.
 */
export function rootImage(
  dispatch: Dispatch,
  index: number,
): ReturnType<typeof lookupImage> | null {
  const seen = new Set<number>();
  let stage = dispatch.stages[index];
  while (stage && stage.parent !== null && !seen.has(stage.index)) {
    seen.add(stage.index);
    stage = dispatch.stages[stage.parent];
  }
  return stage?.image ? lookupImage(stage.image) : null;
}
