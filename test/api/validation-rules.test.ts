import { getMetadataStorage, IsInt, Length, Max, Min, validateSync } from 'class-validator';
// Loading the module installs the remembered rule lookups (common/validation.ts).
import '../../server/src/common/validation';

const options = { forbidUnknownValues: false, validationError: { target: false, value: false } };
const failed = (o: object, extra: object = {}) =>
  validateSync(o, { ...options, ...extra })
    .map((e) => `${e.property}:${Object.keys(e.constraints ?? {}).sort().join('+')}`)
    .sort();

class Report {
  @IsInt()
  @Min(2000)
  year!: number;

  @Length(1, 5, { groups: ['short'] })
  text!: string;
}

class DetailedReport extends Report {
  @Max(10)
  count!: number;
}

describe('class-validator rule lookups are remembered (common/validation.ts)', () => {
  type Lookup = (target: Function, schema: string | undefined, always: boolean, strictGroups: boolean, groups?: string[]) => unknown[];
  const lookup = () => (getMetadataStorage() as unknown as { getTargetValidationMetadatas: Lookup }).getTargetValidationMetadatas;

  it('looks a class up once per set of options, and answers as class-validator does', () => {
    expect(lookup()(Report, undefined, false, false, undefined)).toBe(lookup()(Report, undefined, false, false, undefined));
    expect(lookup()(Report, undefined, false, false, ['short'])).not.toBe(lookup()(Report, undefined, false, false, undefined));
    const bad = Object.assign(new Report(), { year: 1999.5, text: 'too long' });
    // Without groups every rule applies, a rule of a group too (class-validator's default).
    expect(failed(bad)).toEqual(['text:isLength', 'year:isInt+min']);
    // Called again (the remembered lookup and grouping): the same answer.
    expect(failed(bad)).toEqual(['text:isLength', 'year:isInt+min']);
    // With groups only theirs.
    expect(failed(bad, { groups: ['short'] })).toEqual(['text:isLength']);
    expect(failed(Object.assign(new Report(), { year: 2024, text: 'ok' }))).toEqual([]);
  });

  it('a subclass has its own rules and its parent\'s', () => {
    const bad = Object.assign(new DetailedReport(), { year: 1999, text: 'x', count: 11 });
    expect(failed(bad)).toEqual(['count:max', 'year:min']);
    expect(failed(Object.assign(new Report(), { year: 1999, text: 'x', count: 11 }))).toEqual(['year:min']);
  });

  it('a rule added after a class was looked up applies from then on', () => {
    class Late {
      @Min(1)
      n!: number;
    }
    const value = Object.assign(new Late(), { n: 500 });
    expect(failed(value)).toEqual([]);
    // What a decorator does when its class loads, here after the first validation.
    Max(100)(Late.prototype, 'n');
    expect(failed(value)).toEqual(['n:max']);
  });
});
