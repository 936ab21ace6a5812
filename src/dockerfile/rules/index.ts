/** Every rule, in the order reports list them for the same line. */
import type {Rule} from '../rule';
import {consistentInstructionCasing, fromAsCasing, stageNameCasing} from './casing';
import {copyIgnoredFile} from './context';
import {
  finalStageNoCommand,
  noFrom,
  runWithoutShell,
  shellFormWithoutShell,
  syntax,
} from './course';
import {avoidLatest, finalUserNotRoot, pinImageTag} from './hadolint';
import {
  exposeInvalidFormat,
  exposeProtoCasing,
  invalidDefinitionDescription,
  jsonArgsRecommended,
  maintainerDeprecated,
  multipleInstructionsDisallowed,
  noEmptyContinuation,
  workdirRelativePath,
} from './instructions';
import {fromPlatformFlagConstDisallowed, redundantTargetPlatform} from './platform';
import {
  copyFromEarlierStage,
  copyFromOwnStage,
  duplicateStageName,
  fromUnknownStage,
  reservedStageName,
} from './stages';
import {
  invalidDefaultArgInFrom,
  legacyKeyValueFormat,
  secretsUsedInArgOrEnv,
  undefinedArgInFrom,
  undefinedVar,
} from './variables';

export const RULES: readonly Rule[] = [
  // The course: what makes an example wrong.
  syntax,
  noFrom,
  shellFormWithoutShell,
  runWithoutShell,
  finalStageNoCommand,
  fromUnknownStage,
  // hadolint.
  copyFromEarlierStage,
  copyFromOwnStage,
  pinImageTag,
  avoidLatest,
  finalUserNotRoot,
  // Docker's build checks (BuildKit), in the order of its reference.
  stageNameCasing,
  fromAsCasing,
  noEmptyContinuation,
  consistentInstructionCasing,
  duplicateStageName,
  reservedStageName,
  jsonArgsRecommended,
  maintainerDeprecated,
  undefinedArgInFrom,
  workdirRelativePath,
  undefinedVar,
  multipleInstructionsDisallowed,
  legacyKeyValueFormat,
  redundantTargetPlatform,
  secretsUsedInArgOrEnv,
  invalidDefaultArgInFrom,
  fromPlatformFlagConstDisallowed,
  copyIgnoredFile,
  exposeProtoCasing,
  exposeInvalidFormat,
  invalidDefinitionDescription,
];

/**
 * BuildKit rules not implemented, and why: a static check of the Dockerfile text cannot decide
 * them.
 */
export const SKIPPED_BUILDKIT_RULES: Readonly<Record<string, string>> = {
  InvalidBaseImagePlatform:
    'needs the base image manifest from a registry to know which platforms it was built for',
};
