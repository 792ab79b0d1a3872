import { createRequire } from 'node:module';
import type * as ZxcvbnCore from '@zxcvbn-ts/core';
import type { ZxcvbnFactory, ZxcvbnResult } from '@zxcvbn-ts/core';
import type * as ZxcvbnCommon from '@zxcvbn-ts/language-common';
import type * as ZxcvbnEn from '@zxcvbn-ts/language-en';

/**
 * Only the first 64 characters are estimated, with few l33t substitutions tried: past that the
 * estimator's work grows to seconds of CPU per call for crafted input, and a 64-character prefix
 * that scores well is strong anyway.
 */
const estimatorOptions = { maxLength: 64, l33tMaxSubstitutions: 10 };

let estimator: ZxcvbnFactory | undefined;
/** Built on first use and kept: the dictionaries take ~40 MB and half a second to load. */
function loadEstimator(): ZxcvbnFactory {
  const require = createRequire(import.meta.url);
  const { ZxcvbnFactory } = require('@zxcvbn-ts/core') as typeof ZxcvbnCore;
  const common = require('@zxcvbn-ts/language-common') as typeof ZxcvbnCommon;
  const en = require('@zxcvbn-ts/language-en') as typeof ZxcvbnEn;
  return new ZxcvbnFactory({
    ...estimatorOptions,
    dictionary: { ...common.dictionary, ...en.dictionary },
    graphs: common.adjacencyGraphs,
    translations: en.translations,
  });
}

/** The words of the person's own name and email, which a guesser tries first. */
function personalWords({ name, email }: { name: string; email: string }): string[] {
  const [local = '', domain = ''] = email.split('@');
  return [name, ...name.split(/\s+/), email, local, ...local.split(/[._+-]+/), domain.split('.')[0] ?? '']
    .map((w) => w.trim())
    .filter((w) => w.length >= 3);
}

/** zxcvbn-ts's estimate: a score from 0 (guessed at once) to 4 (very hard), with advice. */
export function estimatePassword(password: string, person: { name: string; email: string }): ZxcvbnResult {
  estimator ??= loadEstimator();
  return estimator.check(password, personalWords(person));
}
