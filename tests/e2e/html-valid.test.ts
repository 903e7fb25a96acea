import { describe, expect, it } from 'vitest';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { builtPages, fileFor } from './site.ts';

// The rules come from .htmlvalidate.json, as for the html-validate command line.
const validator = new HtmlValidate(new FileSystemConfigLoader());

describe('HTML validity (html-validate, recommended rules)', () => {
  it.each(builtPages())('%s has no errors', async (path) => {
    const report = await validator.validateFile(fileFor(path)!);
    const errors = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
    expect(errors).toEqual([]);
  });

  it('the validator does catch errors', async () => {
    const report = await validator.validateString('<!doctype html><html lang="en"><head><title>x</title></head><body><p><div>bad nesting</div></p></body></html>', 'dist/check.html');
    expect(report.valid).toBe(false);
  });
});
