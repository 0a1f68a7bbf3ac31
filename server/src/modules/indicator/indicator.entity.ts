import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BeforeInsert, BeforeUpdate, Column, Entity, Index, JoinColumn, ManyToOne, Unique, type Relation } from 'typeorm';
import { BaseRecord } from '../../common/base.entity';
import { searchKey } from '../../common/text';
import { Pillar } from '../pillar/pillar.entity';
import { SourceDocument } from '../source/source-document.entity';

export enum IndicatorMeasure {
  PERCENTAGE = 'PERCENTAGE',
  SHARE = 'SHARE',
  COUNT = 'COUNT',
  MONEY = 'MONEY',
  RANK = 'RANK',
  MILESTONE = 'MILESTONE',
}
registerEnumType(IndicatorMeasure, {
  name: 'IndicatorMeasure',
  description: 'What an indicator measures, which decides how its values are computed and aggregated.',
  valuesConfig: {
    PERCENTAGE: { description: 'A percentage computed from a numerator and a denominator (value = 100 × numerator ÷ denominator).' },
    SHARE: { description: 'A share or percentage as reported, without parts (e.g. digital economy % of GRDP).' },
    COUNT: { description: 'A count.' },
    MONEY: { description: 'An amount of money (unit says which currency and scale).' },
    RANK: { description: 'A rank or group position (e.g. "top 5"); lower is better.' },
    MILESTONE: { description: 'A yes/no milestone (1 = done, 0 = not done).' },
  },
});

export enum IndicatorDirection {
  HIGHER_IS_BETTER = 'HIGHER_IS_BETTER',
  LOWER_IS_BETTER = 'LOWER_IS_BETTER',
}
registerEnumType(IndicatorDirection, {
  name: 'IndicatorDirection',
  description: 'Which way is progress.',
  valuesConfig: {
    HIGHER_IS_BETTER: { description: 'A larger value is better.' },
    LOWER_IS_BETTER: { description: 'A smaller value is better (ranks, error rates).' },
  },
});

export enum IndicatorAggregation {
  SUM = 'SUM',
  RATIO_OF_SUMS = 'RATIO_OF_SUMS',
  LATEST = 'LATEST',
  AVERAGE = 'AVERAGE',
}
registerEnumType(IndicatorAggregation, {
  name: 'IndicatorAggregation',
  description: 'How values of several agencies combine into one.',
  valuesConfig: {
    SUM: { description: 'Add the values.' },
    RATIO_OF_SUMS: { description: 'Σ numerator ÷ Σ denominator (never an average of percentages).' },
    LATEST: { description: 'Take the most recent value.' },
    AVERAGE: { description: 'Arithmetic mean of the values.' },
  },
});

export enum ProgressMethod {
  LINEAR_FROM_BASELINE = 'LINEAR_FROM_BASELINE',
  GROWTH_RATE = 'GROWTH_RATE',
}
registerEnumType(ProgressMethod, {
  name: 'ProgressMethod',
  description: 'How progress toward a target is judged.',
  valuesConfig: {
    LINEAR_FROM_BASELINE: { description: 'Compare the latest value with the straight line from the baseline to the target.' },
    GROWTH_RATE: { description: 'Compare the observed compound growth rate with the rate required to reach the target.' },
  },
});

export enum ReportingFrequency {
  ANNUAL = 'ANNUAL',
  QUARTERLY = 'QUARTERLY',
  MONTHLY = 'MONTHLY',
  ONCE = 'ONCE',
}
registerEnumType(ReportingFrequency, {
  name: 'ReportingFrequency',
  description: 'How often values are reported.',
});

@ObjectType({ simpleResolvers: true, description: 'An indicator (chỉ tiêu): a reusable definition with targets set by plans and values reported by agencies.' })
@Entity({ name: 'indicator' })
@Unique('UQ_indicator_code', ['code'])
@Index('IDX_indicator_pillar', ['pillarId'])
export class Indicator extends BaseRecord {
  @Field(() => String, { description: 'Stable indicator code (natural key), e.g. `KTS-GRDP-SHARE`.' })
  @Column({ type: 'varchar', length: 64, name: 'code' })
  code: string;

  @Field(() => String, { description: 'Name (Vietnamese).' })
  @Column({ type: 'varchar', length: 1000, name: 'name' })
  name: string;

  @Field(() => String, { nullable: true, description: 'English name.' })
  @Column({ type: 'varchar', length: 1000, name: 'name_en', nullable: true })
  nameEn: string | null;

  @Field(() => String, { nullable: true, description: 'Definition: what is counted, numerator and denominator.' })
  @Column({ type: 'text', name: 'definition', nullable: true })
  definition: string | null;

  @Field(() => IndicatorMeasure, { description: 'What is measured.' })
  @Column({ type: 'varchar', length: 32, name: 'measure' })
  measure: IndicatorMeasure;

  @Field(() => String, { description: 'Unit, e.g. `%`, `hồ sơ`, `tỷ đồng`, `hạng`.' })
  @Column({ type: 'varchar', length: 32, name: 'unit' })
  unit: string;

  @Field(() => IndicatorDirection, { description: 'Which way is progress.' })
  @Column({ type: 'varchar', length: 32, name: 'direction', default: IndicatorDirection.HIGHER_IS_BETTER })
  direction: IndicatorDirection;

  @Field(() => IndicatorAggregation, { description: 'How agency values combine.' })
  @Column({ type: 'varchar', length: 32, name: 'aggregation' })
  aggregation: IndicatorAggregation;

  @Field(() => ProgressMethod, { description: 'How progress toward targets is judged.' })
  @Column({ type: 'varchar', length: 32, name: 'progress_method', default: ProgressMethod.LINEAR_FROM_BASELINE })
  progressMethod: ProgressMethod;

  @Field(() => Float, { nullable: true, description: 'Baseline value.' })
  @Column({ type: 'double', name: 'baseline_value', nullable: true })
  baselineValue: number | null;

  @Field(() => Int, { nullable: true, description: 'Year of the baseline.' })
  @Column({ type: 'int', name: 'baseline_year', nullable: true })
  baselineYear: number | null;

  @Field(() => ReportingFrequency, { description: 'How often values are reported.' })
  @Column({ type: 'varchar', length: 32, name: 'frequency', default: ReportingFrequency.ANNUAL })
  frequency: ReportingFrequency;

  @Field(() => String, { nullable: true, description: 'Where values come from (system, survey, ministry assessment).' })
  @Column({ type: 'varchar', length: 500, name: 'data_source', nullable: true })
  dataSource: string | null;

  @Field(() => ID, { nullable: true, description: 'Pillar or foundation the indicator belongs to.' })
  @Column({ type: 'int', name: 'pillar_id', nullable: true })
  pillarId: number | null;

  @ManyToOne(() => Pillar, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'pillar_id', foreignKeyConstraintName: 'FK_indicator_pillar' })
  pillar?: Relation<Pillar> | null;

  @Field(() => ID, { nullable: true, description: 'Document this record was taken from.' })
  @Column({ type: 'int', name: 'source_document_id', nullable: true })
  sourceDocumentId: number | null;

  @ManyToOne(() => SourceDocument, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'source_document_id', foreignKeyConstraintName: 'FK_indicator_source_document' })
  sourceDocument?: Relation<SourceDocument> | null;

  @Column({ type: 'varchar', length: 2000, name: 'search_text', default: '' })
  searchText: string;

  @BeforeInsert()
  @BeforeUpdate()
  refreshSearchText(): void {
    this.searchText = searchKey(this.code, this.name, this.nameEn, this.definition);
  }
}
