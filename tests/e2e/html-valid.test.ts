import { describe, expect, it } from 'vitest';
import { HtmlValidate } from 'html-validate';
import { builtPages, fileFor } from './site.ts';

const validator = new HtmlValidate();

describe('HTML validity (html-validate, recommended rules)', () => {
  it.each(builtPages())('%s has no errors', async (path) => {
    const report = await validator.validateFile(fileFor(path)!);
    const errors = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
    expect(errors).toEqual([]);
  });

  it('the validator does catch errors', async () => {
    const report = await validator.validateString('<!doctype html><html lang="en"><head><title>x</title></head><body><p><div>bad nesting</div></p></body></html>');
    expect(report.valid).toBe(false);
  });
});
