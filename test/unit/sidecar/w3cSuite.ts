// Runs the W3C Web Annotation test suite's "must" assertions the way the
// suite's own runner does (web-platform-tests annotation-model/scripts/
// JSONtest.js): every assertion listed in a .test file is a draft-04 JSON
// Schema compiled by Ajv over the definitions/ schemas; it passes when the
// result of validating the input matches its `expectedResult` ("valid" by
// default); an unexpected result fails it, and its `onUnexpectedResult`
// ("failAndContinue", "…AndSkip", "…AndAbort") says whether the assertions
// after it still run. Skipped ones are reported, so a test can insist that
// every assertion ran.
//
// The suite's files are copied under test/fixtures/w3c (W3C test suite
// licence in LICENSE.md there); tests never read ../shared.

import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv04 from 'ajv-draft-04';
import type { ValidateFunction } from 'ajv';

export const SUITE_DIR = path.resolve(__dirname, '../../../../test/fixtures/w3c');

export const ANNOTATION_MUSTS = 'annotations/annotationMusts.test';
export const COLLECTION_MUSTS = 'collections/collectionMusts.test';
export const PAGE_MUSTS = 'collections/pages/pageMusts.test';

export interface AssertionOutcome {
  readonly file: string;
  readonly title: string;
  readonly status: 'pass' | 'fail' | 'skipped';
  readonly errors?: string;
}

interface Assertion {
  readonly title?: string;
  readonly expectedResult?: 'valid' | 'invalid';
  readonly onUnexpectedResult?: string;
}

// The suite's Ajv checked formats; Ajv 8 leaves them to plugins, so the two the
// schemas use are defined here: RFC 3986 URI characters with a scheme, and
// RFC 3339 date-time.
const URI = /^[a-z][a-z0-9+.-]*:(?:[a-z0-9\-._~!$&'()*+,;=:@/?[\]]|%[0-9a-f]{2})*(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
const DATE_TIME = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])[Tt ]([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?([Zz]|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

export class W3cSuite {
  // JSONtest.js: new Ajv({allErrors: true, validateSchema: false}); strict mode off
  // because the assertions carry the suite's own keywords (assertionType, errorMessage…)
  private readonly ajv = new Ajv04({ allErrors: true, validateSchema: false, strict: false, logger: false });
  private readonly compiled = new Map<string, { assertion: Assertion; validate: ValidateFunction }>();

  constructor() {
    this.ajv.addFormat('uri', URI);
    this.ajv.addFormat('date-time', DATE_TIME);
    for (const name of fs.readdirSync(path.join(SUITE_DIR, 'definitions')).filter((f) => f.endsWith('.json'))) {
      this.ajv.addSchema(readJson(path.join('definitions', name)) as object);
    }
  }

  /** The assertion files a .test lists, in order. */
  assertionsOf(testFile: string): string[] {
    const test = readJson(testFile) as { assertions: unknown[] };
    return test.assertions.map((entry) => {
      // the must tests list file names only; inline or nested assertions would need more of JSONtest.js
      if (typeof entry !== 'string') throw new Error(`${testFile}: unsupported assertion entry ${JSON.stringify(entry)}`);
      return entry;
    });
  }

  /** Runs every assertion of `testFile` against `content`, in order, as JSONtest.js does. */
  run(testFile: string, content: unknown): AssertionOutcome[] {
    let action: 'continue' | 'skip' | 'abort' = 'continue';
    return this.assertionsOf(testFile).map((file) => {
      const { assertion, validate } = this.assertion(file);
      const title = assertion.title ?? file;
      if (action !== 'continue') return { file, title, status: 'skipped' };
      const valid = validate(content) as boolean;
      const expected = (assertion.expectedResult ?? 'valid') === 'valid';
      if (valid === expected) return { file, title, status: 'pass' };
      action = nextAction(assertion.onUnexpectedResult);
      return { file, title, status: 'fail', errors: this.ajv.errorsText(validate.errors) };
    });
  }

  private assertion(file: string): { assertion: Assertion; validate: ValidateFunction } {
    let found = this.compiled.get(file);
    if (!found) {
      const schema = readJson(file) as Assertion & object;
      found = { assertion: schema, validate: this.ajv.compile(schema) };
      this.compiled.set(file, found);
    }
    return found;
  }
}

function nextAction(onUnexpectedResult = 'failAndContinue'): 'continue' | 'skip' | 'abort' {
  if (onUnexpectedResult.endsWith('AndSkip')) return 'skip';
  if (onUnexpectedResult.endsWith('AndAbort')) return 'abort';
  return 'continue';
}

function readJson(relative: string): unknown {
  return JSON.parse(fs.readFileSync(path.join(SUITE_DIR, relative), 'utf8'));
}
