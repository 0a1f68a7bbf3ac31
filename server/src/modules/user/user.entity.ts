import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, Unique, type Relation } from 'typeorm';
import { BaseRecord } from '../../common/base.entity';
import { Agency } from '../agency/agency.entity';

export enum Role {
  OFFICE_ADMIN = 'OFFICE_ADMIN',
  OFFICE_EDITOR = 'OFFICE_EDITOR',
  AGENCY_EDITOR = 'AGENCY_EDITOR',
  AGENCY_VIEWER = 'AGENCY_VIEWER',
  INTEGRATOR = 'INTEGRATOR',
}
registerEnumType(Role, {
  name: 'Role',
  description: 'What a user or token may do.',
  valuesConfig: {
    OFFICE_ADMIN: { description: 'The transformation office\'s administrator: everything, including users and tokens.' },
    OFFICE_EDITOR: { description: 'The office: plans, instruments, indicators, targets, tasks, assignments; reviews reported values.' },
    AGENCY_EDITOR: { description: 'Agency staff: report values and task progress for what their agency (or a sub-agency) is assigned.' },
    AGENCY_VIEWER: { description: 'Agency staff who read.' },
    INTEGRATOR: { description: 'A system reading over the API with a token; read-only.' },
  },
});

/** Roles that belong to an agency (they must name one). */
export const AGENCY_ROLES: readonly Role[] = [Role.AGENCY_EDITOR, Role.AGENCY_VIEWER];
export const OFFICE_ROLES: readonly Role[] = [Role.OFFICE_ADMIN, Role.OFFICE_EDITOR];

@ObjectType({ simpleResolvers: true, description: 'A person who signs in. The password is never readable.' })
@Entity({ name: 'app_user' })
@Unique('UQ_app_user_email', ['email'])
@Index('IDX_app_user_agency', ['agencyId'])
export class User extends BaseRecord {
  @Field(() => String, { description: 'Email (sign-in name), lower case.' })
  @Column({ type: 'varchar', length: 255, name: 'email' })
  email: string;

  @Field(() => String, { description: 'Full name.' })
  @Column({ type: 'varchar', length: 255, name: 'name' })
  name: string;

  @Field(() => Role, { description: 'Role.' })
  @Column({ type: 'varchar', length: 32, name: 'role' })
  role: Role;

  @Field(() => ID, { nullable: true, description: 'Agency, for agency roles.' })
  @Column({ type: 'int', name: 'agency_id', nullable: true })
  agencyId: number | null;

  @ManyToOne(() => Agency, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agency_id', foreignKeyConstraintName: 'FK_app_user_agency' })
  agency?: Relation<Agency> | null;

  /** argon2id hash; never exposed. */
  @Column({ type: 'varchar', length: 255, name: 'password_hash' })
  passwordHash: string;

  @Field(() => Boolean, { description: 'A deactivated user cannot sign in and their sessions stop working.' })
  @Column({ type: 'boolean', name: 'active', default: true })
  active: boolean;

  @Field(() => Date, { nullable: true, description: 'Last successful sign-in.' })
  @Column({ type: 'datetime', name: 'last_login_at', precision: 6, nullable: true })
  lastLoginAt: Date | null;
}
