import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { GraphQLJSON } from '../../common/json-scalar';

export enum AuditAction {
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  DELETE = 'DELETE',
  SUBMIT = 'SUBMIT',
  RETURN = 'RETURN',
  APPROVE = 'APPROVE',
  REOPEN = 'REOPEN',
  OPEN_PERIOD = 'OPEN_PERIOD',
  CLOSE_PERIOD = 'CLOSE_PERIOD',
  REVOKE = 'REVOKE',
  LOGIN = 'LOGIN',
}
registerEnumType(AuditAction, {
  name: 'AuditAction',
  description: 'What a mutation did to a record.',
  valuesConfig: {
    CREATE: { description: 'Created.' },
    UPDATE: { description: 'Changed.' },
    DELETE: { description: 'Deleted (the before snapshot keeps what it was).' },
    SUBMIT: { description: 'A report sent to the office.' },
    RETURN: { description: 'A report returned to its agency, with a reason.' },
    APPROVE: { description: 'A report approved and locked.' },
    REOPEN: { description: 'An approved report reopened, with a reason.' },
    OPEN_PERIOD: { description: 'A reporting period opened.' },
    CLOSE_PERIOD: { description: 'A reporting period closed.' },
    REVOKE: { description: 'An API token revoked.' },
    LOGIN: { description: 'A successful sign-in.' },
  },
});

/**
 * Append-only history: written in the same transaction as the change it records; no API path
 * updates or deletes it. Not a BaseRecord: it has no version because it never changes.
 */
@ObjectType({ simpleResolvers: true, description: 'One change to one record: who, when, what, and the values before and after.' })
@Entity({ name: 'audit_event' })
@Index('IDX_audit_event_record', ['entity', 'recordId'])
@Index('IDX_audit_event_user', ['userId'])
@Index('IDX_audit_event_agency', ['agencyId'])
@Index('IDX_audit_event_at', ['at'])
export class AuditEvent {
  @Field(() => ID, { description: 'Id (increasing).' })
  @PrimaryGeneratedColumn({ type: 'int', name: 'id' })
  id: number;

  @Field(() => Date, { description: 'When.' })
  @CreateDateColumn({ type: 'datetime', name: 'at', precision: 6 })
  at: Date;

  @Field(() => ID, { nullable: true, description: 'User who made the change (null for tokens and the system).' })
  @Column({ type: 'int', name: 'user_id', nullable: true })
  userId: number | null;

  @Field(() => String, { description: 'Who, readable: "email (ROLE)", "token name", or "system".' })
  @Column({ type: 'varchar', length: 255, name: 'actor' })
  actor: string;

  @Field(() => ID, { nullable: true, description: 'Agency of the acting user, or of the record (for filtering by agency).' })
  @Column({ type: 'int', name: 'agency_id', nullable: true })
  agencyId: number | null;

  @Field(() => AuditAction, { description: 'What was done.' })
  @Column({ type: 'varchar', length: 32, name: 'action' })
  action: AuditAction;

  @Field(() => String, { description: 'Kind of record, e.g. "Measurement".' })
  @Column({ type: 'varchar', length: 64, name: 'entity' })
  entity: string;

  @Field(() => ID, { description: 'Id of the record.' })
  @Column({ type: 'int', name: 'record_id' })
  recordId: number;

  @Field(() => GraphQLJSON, { nullable: true, description: 'The record before the change (null for a create).' })
  @Column({ type: 'text', name: 'before_json', nullable: true, transformer: { to: (v: unknown) => (v == null ? null : JSON.stringify(v)), from: (v: string | null) => (v == null ? null : JSON.parse(v)) } })
  before: Record<string, unknown> | null;

  @Field(() => GraphQLJSON, { nullable: true, description: 'The record after the change (null for a delete).' })
  @Column({ type: 'text', name: 'after_json', nullable: true, transformer: { to: (v: unknown) => (v == null ? null : JSON.stringify(v)), from: (v: string | null) => (v == null ? null : JSON.parse(v)) } })
  after: Record<string, unknown> | null;

  @Field(() => String, { nullable: true, description: 'Reason given (return, reopen).' })
  @Column({ type: 'text', name: 'reason', nullable: true })
  reason: string | null;

  @Field(() => String, { nullable: true, description: 'Request id (also in the response\'s x-request-id header).' })
  @Column({ type: 'varchar', length: 64, name: 'request_id', nullable: true })
  requestId: string | null;
}
