import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ADMIN, Allow, SIGNED_IN } from '../../common/auth/rules';
import { newApiToken } from '../../common/auth/tokens';
import { createRecord, inTransaction, updateRecord } from '../../common/crud/crud.service';
import { BadInputError, NotFoundError } from '../../common/errors';
import { Connection, PageArgs } from '../../common/pagination/connection';
import { CommonFilter, listConnection, parseId } from '../../common/pagination/list-query';
import { loadOne } from '../../common/relations';
import { actorOf, type Context } from '../../context';
import { Agency } from '../agency/agency.entity';
import { AuditAction } from '../audit/audit-event.entity';
import { ApiToken } from './api-token.entity';
import { AuthPayload, CreateApiTokenInput, CreatedApiToken, CreateUserInput, UserPatch } from './user.inputs';
import { Role, User } from './user.entity';
import { authenticate, createUser, updateUser, withHashedPassword } from './user.service';

@InputType('UserFilter', { description: 'Filter users.' })
export class UserFilter extends CommonFilter {
  @Field(() => [Role], { nullable: true, description: 'Only these roles.' })
  roles?: Role[] | null;

  @Field(() => ID, { nullable: true, description: 'Only users of this agency.' })
  agencyId?: string | null;
}

@ArgsType()
export class UserListArgs extends PageArgs {
  @Field(() => UserFilter, { nullable: true, description: 'Filter.' })
  filter?: UserFilter | null;
}

export const UserConnection = Connection(User, 'User');

@Resolver(() => User)
export class UserResolver {
  @Mutation(() => AuthPayload, { description: 'Sign in. A wrong email and a wrong password get the same UNAUTHENTICATED answer.' })
  async login(
    @Arg('email', () => String, { description: 'Email.' }) email: string,
    @Arg('password', () => String, { description: 'Password.' }) password: string,
    @Ctx() ctx: Context,
  ): Promise<AuthPayload> {
    if (email.length > 255 || password.length > 200) throw new BadInputError('Email or password is too long.');
    const key = email.trim().toLowerCase();
    await ctx.rateLimits?.beforeLogin(key, ctx.clientAddress);
    const user = await authenticate(ctx.dataSource, email, password, ctx.requestId).catch(async (err) => {
      if ((err as { extensions?: { code?: string } }).extensions?.code === 'UNAUTHENTICATED') await ctx.rateLimits?.loginFailed(key, ctx.clientAddress);
      throw err;
    });
    await ctx.rateLimits?.loginSucceeded(key);
    const { token, expiresAt } = await ctx.sessions.sign(user.id);
    return { token, expiresAt, user };
  }

  @Allow(SIGNED_IN)
  @Query(() => User, { nullable: true, description: 'The signed-in user (null for an integrator token).' })
  me(@Ctx() ctx: Context) {
    return loadOne(ctx, User, ctx.principal?.userId);
  }

  @Allow(ADMIN)
  @Query(() => UserConnection, { description: 'Users (administrators only).' })
  users(@Args(() => UserListArgs) args: UserListArgs, @Ctx() ctx: Context) {
    const qb = ctx.manager.createQueryBuilder(User, 'u');
    if (args.filter?.roles?.length) qb.andWhere('u.role IN (:...roles)', { roles: args.filter.roles });
    if (args.filter?.agencyId != null) qb.andWhere('u.agencyId = :agency', { agency: parseId(args.filter.agencyId, ['filter', 'agencyId']) });
    if (args.filter?.q) qb.andWhere('(LOWER(u.email) LIKE :q OR LOWER(u.name) LIKE :q)', { q: `%${args.filter.q.toLowerCase()}%` });
    return listConnection(qb, { ...args, filter: args.filter ? { ...args.filter, q: null } : null }, { EMAIL: 'email' }, { defaultOrder: [{ field: 'EMAIL', direction: 'ASC' as never }] });
  }

  @Allow(ADMIN)
  @Mutation(() => User, { description: 'Create a user.' })
  async createUser(@Arg('input', () => CreateUserInput, { description: 'The user.' }) input: CreateUserInput, @Ctx() ctx: Context) {
    const values = await withHashedPassword({ ...input });
    return inTransaction(ctx.dataSource, (m) => createUser(m, actorOf(ctx), values));
  }

  @Allow(ADMIN)
  @Mutation(() => User, { description: 'Change a user (deactivate with active: false; users are never deleted, the audit trail refers to them).' })
  async updateUser(
    @Arg('id', () => ID, { description: 'Id.' }) id: string,
    @Arg('version', () => Int, { description: 'The version you read.' }) version: number,
    @Arg('patch', () => UserPatch, { description: 'Fields to change.' }) patch: UserPatch,
    @Ctx() ctx: Context,
  ) {
    const values = await withHashedPassword({ ...patch });
    const user = await inTransaction(ctx.dataSource, (m) => updateUser(m, actorOf(ctx), id, version, values), 'patch');
    // After the commit: a request that read the row before it must not keep the old one.
    ctx.sessions.forget(user.id);
    return user;
  }

  @Allow(ADMIN)
  @Query(() => [ApiToken], { description: 'Integrator tokens (their secrets are never shown again).' })
  apiTokens(@Ctx() ctx: Context) {
    return ctx.manager.find(ApiToken, { order: { id: 'ASC' } });
  }

  @Allow(ADMIN)
  @Mutation(() => CreatedApiToken, { description: 'Create an integrator token; the secret is in the answer, once.' })
  createApiToken(@Arg('input', () => CreateApiTokenInput, { description: 'The token.' }) input: CreateApiTokenInput, @Ctx() ctx: Context) {
    const { token, prefix, hash } = newApiToken();
    return inTransaction(ctx.dataSource, async (m) => {
      const apiToken = await createRecord(m, actorOf(ctx), ApiToken, { name: input.name, agencyId: input.agencyId ?? null, expiresAt: input.expiresAt ?? null, prefix, tokenHash: hash, createdById: ctx.principal?.userId ?? null });
      return { token, apiToken };
    });
  }

  @Allow(ADMIN)
  @Mutation(() => ApiToken, { description: 'Revoke an integrator token: it stops working at once.' })
  revokeApiToken(@Arg('id', () => ID, { description: 'Id.' }) id: string, @Ctx() ctx: Context) {
    return inTransaction(ctx.dataSource, async (m) => {
      const row = await m.findOne(ApiToken, { where: { id: parseId(id) } });
      if (!row) throw new NotFoundError('ApiToken', id);
      if (row.revokedAt) return row;
      return updateRecord(m, actorOf(ctx), ApiToken, row.id, row.version, { revokedAt: new Date() }, {}, 'id', { action: AuditAction.REVOKE });
    });
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'Agency of the user.' })
  agency(@Root() u: User, @Ctx() ctx: Context) {
    return loadOne(ctx, Agency, u.agencyId);
  }
}
