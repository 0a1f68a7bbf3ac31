import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, Unique, type Relation } from 'typeorm';
import { BaseRecord } from '../../common/base.entity';
import { Agency } from '../agency/agency.entity';
import { User } from './user.entity';

@ObjectType({ simpleResolvers: true, description: 'An integrator API token (read-only). Its secret is shown once, at creation, and stored only as a hash.' })
@Entity({ name: 'api_token' })
@Unique('UQ_api_token_hash', ['tokenHash'])
@Index('IDX_api_token_created_by', ['createdById'])
export class ApiToken extends BaseRecord {
  @Field(() => String, { description: 'What the token is for, e.g. "LGSP data-sharing platform".' })
  @Column({ type: 'varchar', length: 255, name: 'name' })
  name: string;

  @Field(() => String, { description: 'The first characters of the token, to recognise it in lists.' })
  @Column({ type: 'varchar', length: 32, name: 'prefix' })
  prefix: string;

  /** SHA-256 of the token; the token itself is never stored. */
  @Column({ type: 'varchar', length: 64, name: 'token_hash' })
  tokenHash: string;

  @Field(() => ID, { nullable: true, description: 'Agency whose drafts the token may also read (null: published data only).' })
  @Column({ type: 'int', name: 'agency_id', nullable: true })
  agencyId: number | null;

  @ManyToOne(() => Agency, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agency_id', foreignKeyConstraintName: 'FK_api_token_agency' })
  agency?: Relation<Agency> | null;

  @Field(() => ID, { nullable: true, description: 'Administrator who created it.' })
  @Column({ type: 'int', name: 'created_by_id', nullable: true })
  createdById: number | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'FK_api_token_created_by' })
  createdBy?: Relation<User> | null;

  @Field(() => Date, { nullable: true, description: 'When it stops working (null: until revoked).' })
  @Column({ type: 'datetime', name: 'expires_at', precision: 6, nullable: true })
  expiresAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was revoked.' })
  @Column({ type: 'datetime', name: 'revoked_at', precision: 6, nullable: true })
  revokedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'Last time it was used (updated at most once a minute).' })
  @Column({ type: 'datetime', name: 'last_used_at', precision: 6, nullable: true })
  lastUsedAt: Date | null;
}
