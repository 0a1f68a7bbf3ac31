import { vi } from '../../admin/src/i18n/vi';
import { en } from '../../admin/src/i18n/en';
import englishMessages from 'ra-language-english';

function keys(obj: unknown, prefix = ''): string[] {
  if (obj === null || typeof obj !== 'object') return [prefix];
  return Object.entries(obj as Record<string, unknown>).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe('console translations', () => {
  it('Vietnamese and English hold exactly the same keys', () => {
    const v = keys(vi).sort();
    const e = keys(en).sort();
    expect(v.filter((k) => !e.includes(k))).toEqual([]);
    expect(e.filter((k) => !v.includes(k))).toEqual([]);
  });

  it("Vietnamese covers every one of react-admin's own keys", () => {
    const ra = keys(englishMessages);
    const v = new Set(keys(vi));
    expect(ra.filter((k) => !v.has(k))).toEqual([]);
  });

  it('no message is empty and placeholders match across languages', () => {
    const flat = (o: any) => Object.fromEntries(keys(o).map((k) => [k, k.split('.').reduce((x, p) => x[p], o)]));
    const fv = flat(vi);
    const fe = flat(en);
    for (const k of Object.keys(fv)) {
      expect(typeof fv[k]).toBe('string');
      if (k !== 'ra.boolean.null') expect(String(fv[k]).trim()).not.toBe('');
      const ph = (s: string) => (s.match(/%\{\w+\}/g) ?? []).sort().join(',');
      expect([k, ph(fv[k])]).toEqual([k, ph(fe[k])]);
    }
  });
});
