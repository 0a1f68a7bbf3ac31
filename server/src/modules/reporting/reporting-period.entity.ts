import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, Unique, type Relation } from 'typeorm';
import { BaseRecord } from '../../common/base.entity';
import { Indicator } from '../indicator/indicator.entity';

export enum PeriodStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}
registerEnumType(PeriodStatus, {
  name: 'PeriodStatus',
  description: 'Whether agencies may report for a period.',
  valuesConfig: { OPEN: { description: 'Agencies may report and submit.' }, CLOSED: { description: 'Reports are refused until the office opens it again.' } },
});

@ObjectType({ simpleResolvers: true, description: 'A reporting window for one indicator and year, opened and closed by the office.' })
@Entity({ name: 'reporting_period' })
@Unique('UQ_reporting_period', ['indicatorId', 'periodYear'])
@Index('IDX_reporting_period_status', ['status'])
export class ReportingPeriod extends BaseRecord {
  @Field(() => ID, { description: 'Indicator.' })
  @Column({ type: 'int', name: 'indicator_id' })
  indicatorId: number;

  @ManyToOne(() => Indicator, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'indicator_id', foreignKeyConstraintName: 'FK_reporting_period_indicator' })
  indicator?: Relation<Indicator>;

  @Field(() => Int, { description: 'Year reported on.' })
  @Column({ type: 'int', name: 'period_year' })
  periodYear: number;

  @Field(() => PeriodStatus, { description: 'Open or closed.' })
  @Column({ type: 'varchar', length: 16, name: 'status' })
  status: PeriodStatus;

  @Field(() => String, { nullable: true, description: 'Reports are due by this date (YYYY-MM-DD); later submissions count as late.' })
  @Column({ type: 'date', name: 'due_date', nullable: true })
  dueDate: string | null;
}
