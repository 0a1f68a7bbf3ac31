import { Args, ArgsType, Ctx, Field, ID, InputType, Query, Resolver } from 'type-graphql';
import { Allow, OFFICE } from '../../common/auth/rules';
import { Connection, PageArgs, SortDirection } from '../../common/pagination/connection';
import { listConnection, parseId } from '../../common/pagination/list-query';
import { inAgencySubtree } from '../../common/sql';
import type { Context } from '../../context';
import { AuditAction, AuditEvent } from './audit-event.entity';

@InputType('AuditEventFilter', { description: 'Filter the audit trail.' })
export class AuditEventFilter {
  @Field(() => String, { nullable: true, description: 'Kind of record, e.g. "Measurement".' })
  entity?: string | null;

  @Field(() => ID, { nullable: true, description: 'Id of the record (with `entity`): its whole history.' })
  recordId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Changes made by this user.' })
  userId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Changes concerning this agency or one of its sub-agencies.' })
  agencyId?: string | null;

  @Field(() => [AuditAction], { nullable: true, description: 'Only these actions.' })
  actions?: AuditAction[] | null;

  @Field(() => Date, { nullable: true, description: 'At or after this instant.' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Before this instant.' })
  to?: Date | null;
}

@ArgsType()
export class AuditEventListArgs extends PageArgs {
  @Field(() => AuditEventFilter, { nullable: true, description: 'Filter.' })
  filter?: AuditEventFilter | null;

  @Field(() => SortDirection, { defaultValue: SortDirection.DESC, description: 'Newest first (DESC, default) or oldest first.' })
  direction: SortDirection;
}

export const AuditEventConnection = Connection(AuditEvent, 'AuditEvent');

@Resolver(() => AuditEvent)
export class AuditResolver {
  @Allow(OFFICE)
  @Query(() => AuditEventConnection, { description: 'The audit trail: every change, who made it, when, and the values before and after (the office only).' })
  auditEvents(@Args(() => AuditEventListArgs) args: AuditEventListArgs, @Ctx() ctx: Context) {
    const qb = ctx.manager.createQueryBuilder(AuditEvent, 'ae');
    const f = args.filter;
    if (f?.entity) qb.andWhere('ae.entity = :entity', { entity: f.entity });
    if (f?.recordId != null) qb.andWhere('ae.recordId = :rid', { rid: parseId(f.recordId, ['filter', 'recordId']) });
    if (f?.userId != null) qb.andWhere('ae.userId = :uid', { uid: parseId(f.userId, ['filter', 'userId']) });
    if (f?.agencyId != null) qb.andWhere(inAgencySubtree(ctx.manager, 'ae.agencyId', 'agency'), { agency: parseId(f.agencyId, ['filter', 'agencyId']) });
    if (f?.actions?.length) qb.andWhere('ae.action IN (:...actions)', { actions: f.actions });
    if (f?.from) qb.andWhere('ae.at >= :from', { from: f.from });
    if (f?.to) qb.andWhere('ae.at < :to', { to: f.to });
    qb.orderBy('ae.id', args.direction === SortDirection.ASC ? 'ASC' : 'DESC');
    return listConnection(qb as never, { ...args, filter: null, orderBy: null }, {});
  }
}
