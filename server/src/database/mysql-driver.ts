import mysql2 from 'mysql2';

/**
 * mysql2 as TypeORM's MySQL driver (its `driver` option), with one change: each pooled
 * connection keeps the promise wrapper it hands out. TypeORM calls `connection.promise()` for
 * every statement, and mysql2's PoolConnection#promise() `require()`s its promise module and builds
 * a new wrapper each time — module resolution included, about 3 % of a write's CPU under load
 * (profiled). The wrapper holds nothing but the connection, so one per connection is the same
 * object every time it could have been.
 */
type Promising = { promise(impl?: unknown): unknown };

function memoizePromise(connection: Promising): void {
  const make = connection.promise.bind(connection);
  let wrapper: unknown;
  connection.promise = (impl?: unknown) => (impl ? make(impl) : (wrapper ??= make()));
}

export const mysqlDriver = {
  ...mysql2,
  createPool(options: mysql2.PoolOptions) {
    const pool = mysql2.createPool(options);
    pool.on('connection', (connection) => memoizePromise(connection as unknown as Promising));
    return pool;
  },
};
