/** `npm run schema:emit`: write the sorted SDL the server builds to schema/schema.graphql (the committed contract). */
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { buildAppSchema, printSortedSchema } from '../schema';

buildAppSchema()
  .then((schema) => {
    const file = path.resolve(__dirname, '..', '..', '..', 'schema', 'schema.graphql');
    fs.writeFileSync(file, printSortedSchema(schema));
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  })
  .catch((err) => {
    console.error(err);
    process.exit(1);
  });
