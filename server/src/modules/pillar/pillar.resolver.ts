import { Allow, SIGNED_IN } from '../../common/auth/rules';
import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { findByIdOrKey } from '../../common/relations';
import type { Context } from '../../context';
import { Indicator } from '../indicator/indicator.entity';
import { Task } from '../task/task.entity';
import { Pillar } from './pillar.entity';

@Resolver(() => Pillar)
export class PillarResolver {
  @Allow(SIGNED_IN)
  @Query(() => [Pillar], { description: 'All pillars and foundations, in display order (a short, fixed list).' })
  pillars(@Ctx() ctx: Context) {
    return ctx.manager.find(Pillar, { order: { sortOrder: 'ASC', id: 'ASC' } });
  }

  @Allow(SIGNED_IN)
  @Query(() => Pillar, { nullable: true, description: 'One pillar by id or by code.' })
  pillar(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { nullable: true, description: 'Id.' }) id?: string,
    @Arg('code', () => String, { nullable: true, description: 'Pillar code.' }) code?: string,
  ) {
    return findByIdOrKey(ctx, Pillar, id, { property: 'code', value: code });
  }

  @FieldResolver(() => [Indicator], { description: 'Indicators of this pillar.' })
  indicators(@Root() p: Pillar, @Ctx() ctx: Context) {
    return ctx.loaders.many(Indicator, 'pillarId', { code: 'ASC' }).load(p.id);
  }

  @FieldResolver(() => [Task], { description: 'Tasks in this area.' })
  tasks(@Root() p: Pillar, @Ctx() ctx: Context) {
    return ctx.loaders.many(Task, 'pillarId', { sortOrder: 'ASC' }).load(p.id);
  }
}
