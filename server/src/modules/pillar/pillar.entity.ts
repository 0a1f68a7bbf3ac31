import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Unique } from 'typeorm';
import { BaseRecord } from '../../common/base.entity';

export enum PillarKind {
  PILLAR = 'PILLAR',
  FOUNDATION = 'FOUNDATION',
  CROSS_CUTTING = 'CROSS_CUTTING',
}
registerEnumType(PillarKind, {
  name: 'PillarKind',
  description: 'Pillars of the programme and the foundations under them.',
  valuesConfig: {
    PILLAR: { description: 'A pillar: digital government, digital economy, digital society.' },
    FOUNDATION: { description: 'A foundation: institutions, infrastructure, data, platforms, human resources, skills, information security.' },
    CROSS_CUTTING: { description: 'Cross-cutting area: awareness, smart city.' },
  },
});

@ObjectType({ simpleResolvers: true, description: 'A pillar or foundation of the programme (chính quyền số, kinh tế số, xã hội số, hạ tầng số, …).' })
@Entity({ name: 'pillar' })
@Unique('UQ_pillar_code', ['code'])
export class Pillar extends BaseRecord {
  @Field(() => String, { description: 'Stable code (natural key), e.g. `DIGITAL_ECONOMY`.' })
  @Column({ type: 'varchar', length: 64, name: 'code' })
  code: string;

  @Field(() => String, { description: 'Vietnamese name.' })
  @Column({ type: 'varchar', length: 255, name: 'name_vi' })
  nameVi: string;

  @Field(() => String, { nullable: true, description: 'English name.' })
  @Column({ type: 'varchar', length: 255, name: 'name_en', nullable: true })
  nameEn: string | null;

  @Field(() => PillarKind, { description: 'Pillar, foundation or cross-cutting area.' })
  @Column({ type: 'varchar', length: 32, name: 'kind' })
  kind: PillarKind;

  @Field(() => Int, { description: 'Display order.' })
  @Column({ type: 'int', name: 'sort_order', default: 0 })
  sortOrder: number;

  @Field(() => String, { nullable: true, description: 'What the pillar covers.' })
  @Column({ type: 'text', name: 'description', nullable: true })
  description: string | null;
}
