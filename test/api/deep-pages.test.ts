/**
 * Deep list pages: from REVERSE_WALK_FROM on, a page is found by counting first and walking the
 * order from its nearer end. Every page must be exactly the rows a plain sort gives at that
 * position — ties, NULLs, mixed directions, the partial last page and past the end included —
 * in two statements.
 */
import { REVERSE_WALK_FROM } from '../../server/src/common/pagination/list-query';
import { startTestServer, type TestServer } from '../support/server';

const ROWS = 2600;
const PAGE = 50;

interface Row {
  id: number;
  value: number | null;
  periodYear: number;
  status: string;
}

describe('deep list pages', () => {
  let s: TestServer;
  let rows: Row[];

  beforeAll(async () => {
    s = await startTestServer({ config: { auth: { principalCacheMs: 0 } } });
    const ds = s.server.dataSource;
    const [ind] = await ds.query('SELECT MIN(id) AS id FROM indicator');
    const [max] = await ds.query('SELECT MAX(id) AS id FROM measurement');
    const first = Number(max.id ?? 0) + 1;
    // Values with many ties and some NULLs, in two statuses and several years.
    const made: Array<[number, number, number | null, string]> = [];
    for (let i = 0; i < ROWS; i++) {
      const value = i % 17 === 0 ? null : (i * 7919) % 97;
      made.push([first + i, 2015 + (i % 5), value, i % 3 === 0 ? 'DRAFT' : 'APPROVED']);
    }
    for (let i = 0; i < made.length; i += 500) {
      const chunk = made.slice(i, i + 500);
      await ds.query(
        `INSERT INTO measurement (id, indicator_id, period_year, value, status) VALUES ${chunk.map(() => '(?, ?, ?, ?, ?)').join(', ')}`,
        chunk.flatMap(([id, year, value, status]) => [id, Number(ind.id), year, value, status]),
      );
    }
    const all: Array<Record<string, unknown>> = await ds.query('SELECT id, value, period_year, status FROM measurement');
    rows = all.map((r) => ({ id: Number(r.id), value: r.value == null ? null : Number(r.value), periodYear: Number(r.period_year), status: String(r.status) }));
  }, 120_000);
  afterAll(async () => {
    await s?.close();
  });

  type Key = 'value' | 'periodYear' | 'id';
  const FIELD: Record<Key, string> = { value: 'VALUE', periodYear: 'PERIOD_YEAR', id: 'ID' };

  /** The oracle: filter and sort in JavaScript, NULL below every number, the id last in the direction of the last key. */
  function expected(filter: (r: Row) => boolean, order: Array<[Key, 'ASC' | 'DESC']>): number[] {
    const keys: Array<[Key, 'ASC' | 'DESC']> = [...order, ['id', order[order.length - 1][1]]];
    const cmp = (a: Row, b: Row) => {
      for (const [k, dir] of keys) {
        const x = a[k];
        const y = b[k];
        const c = x === y ? 0 : x === null ? -1 : y === null ? 1 : x < y ? -1 : 1;
        if (c !== 0) return dir === 'ASC' ? c : -c;
      }
      return 0;
    };
    return rows.filter(filter).sort(cmp).map((r) => r.id);
  }

  async function page(filterGql: string, order: Array<[Key, 'ASC' | 'DESC']>, offset: number, first = PAGE) {
    const orderBy = order.map(([k, d]) => `{ field: ${FIELD[k]}, direction: ${d} }`).join(', ');
    s.statements.reset();
    const res = await s.gql(`query($o: Int!, $f: Int!) { measurements(filter: ${filterGql}, orderBy: [${orderBy}], first: $f, offset: $o) {
      totalCount nodes { id } pageInfo { hasNextPage hasPreviousPage } } }`, { o: offset, f: first });
    expect(res.errors).toBeUndefined();
    return { ...res.data.measurements, ids: res.data.measurements.nodes.map((n: { id: string }) => Number(n.id)), statements: s.statements.count };
  }

  const cases: Array<{ name: string; gql: string; filter: (r: Row) => boolean; order: Array<[Key, 'ASC' | 'DESC']> }> = [
    { name: 'approved, by value descending', gql: '{ statuses: [APPROVED] }', filter: (r) => r.status === 'APPROVED', order: [['value', 'DESC']] },
    { name: 'every row, by value ascending', gql: '{}', filter: () => true, order: [['value', 'ASC']] },
    { name: 'from 2016, by year ascending then value descending', gql: '{ periodFrom: 2016 }', filter: (r) => r.periodYear >= 2016, order: [['periodYear', 'ASC'], ['value', 'DESC']] },
  ];

  it.each(cases)('$name: every deep page is the sorted rows at that position', async ({ gql, filter, order }) => {
    const want = expected(filter, order);
    const total = want.length;
    expect(total).toBeGreaterThan(REVERSE_WALK_FROM + 2 * PAGE);
    const offsets = [0, REVERSE_WALK_FROM - 1, REVERSE_WALK_FROM, Math.floor(total / 2), Math.floor(total / 2) + 1, total - PAGE - 1, total - PAGE, total - 13, total - 1];
    for (const offset of offsets) {
      const got = await page(gql, order, offset);
      expect({ offset, ids: got.ids }).toEqual({ offset, ids: want.slice(offset, offset + PAGE) });
      expect(got.totalCount).toBe(total);
      expect(got.pageInfo).toEqual({ hasNextPage: offset + PAGE < total, hasPreviousPage: offset > 0 });
      // The sign-in check, then one statement — or, from REVERSE_WALK_FROM on, the count and the page.
      expect(got.statements).toBe(offset >= REVERSE_WALK_FROM ? 3 : 2);
    }
    // Past the end: no rows, the true total.
    for (const offset of [total, total + 7]) {
      const got = await page(gql, order, offset);
      expect(got.ids).toEqual([]);
      expect(got.totalCount).toBe(total);
    }
    // A page as large as the rest of the list, from a deep offset.
    const rest = await page(gql, order, total - 400, 500);
    expect(rest.ids).toEqual(want.slice(total - 400));
  });
});
