import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** What every editable record carries: identity, timestamps and an optimistic-lock version. */
@ObjectType({ simpleResolvers: true, description: "Fields every editable record carries." })
export abstract class BaseRecord {
  @Field(() => ID, { description: 'Stable identifier of the record.' })
  @PrimaryGeneratedColumn({ type: 'int', name: 'id' })
  id: number;

  @Field(() => Date, { description: 'When the record was created (UTC).' })
  @CreateDateColumn({ type: 'datetime', name: 'created_at', precision: 6 })
  createdAt: Date;

  @Field(() => Date, { description: 'When the record last changed (UTC). Use it with `updatedAfter` to sync changes.' })
  @UpdateDateColumn({ type: 'datetime', name: 'updated_at', precision: 6 })
  updatedAt: Date;

  @Field(() => Int, { description: 'Optimistic-lock version: send it back with an update; a stale version is refused with CONFLICT.' })
  @Column({ type: 'int', name: 'version', default: 1 })
  version: number;
}

/** Column options for a nullable foreign-key id (int). */
export const fkColumn = (name: string, nullable = true) => ({ type: 'int' as const, name, nullable });
