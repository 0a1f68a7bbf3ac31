import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { BeforeInsert, BeforeUpdate, Column, Entity, Index, JoinColumn, ManyToOne, Unique, type Relation } from 'typeorm';
import { BaseRecord } from '../../common/base.entity';
import { searchKey } from '../../common/text';
import { SourceDocument } from '../source/source-document.entity';

export enum AgencyKind {
  PARTY_BODY = 'PARTY_BODY',
  PEOPLES_COUNCIL = 'PEOPLES_COUNCIL',
  PEOPLES_COMMITTEE = 'PEOPLES_COMMITTEE',
  DEPARTMENT = 'DEPARTMENT',
  DISTRICT_LEVEL = 'DISTRICT_LEVEL',
  COMMUNE_LEVEL = 'COMMUNE_LEVEL',
  POLICE = 'POLICE',
  MASS_ORGANISATION = 'MASS_ORGANISATION',
  CENTRAL_BODY = 'CENTRAL_BODY',
  PUBLIC_SERVICE_UNIT = 'PUBLIC_SERVICE_UNIT',
  ENTERPRISE = 'ENTERPRISE',
  RESEARCH_INSTITUTE = 'RESEARCH_INSTITUTE',
  GROUP = 'GROUP',
}
registerEnumType(AgencyKind, {
  name: 'AgencyKind',
  description: 'What kind of body an agency is.',
  valuesConfig: {
    PARTY_BODY: { description: 'Party committee or its board (Thành ủy, Ban Thường vụ, đảng ủy, ban cán sự đảng).' },
    PEOPLES_COUNCIL: { description: "People's Council (HĐND)." },
    PEOPLES_COMMITTEE: { description: "People's Committee (UBND) of the city." },
    DEPARTMENT: { description: 'City department (sở, ban, ngành).' },
    DISTRICT_LEVEL: { description: 'District-level unit: Thủ Đức city, urban or rural districts (cấp huyện).' },
    COMMUNE_LEVEL: { description: 'Commune-level unit: wards, communes, townships (cấp xã).' },
    POLICE: { description: 'Police (Công an).' },
    MASS_ORGANISATION: { description: 'Fatherland Front and socio-political organisations.' },
    CENTRAL_BODY: { description: 'Central body: Prime Minister, National Assembly, ministries.' },
    PUBLIC_SERVICE_UNIT: { description: 'Public service unit (đơn vị sự nghiệp công lập).' },
    ENTERPRISE: { description: 'Enterprise (state-owned or private).' },
    RESEARCH_INSTITUTE: { description: 'Research institute.' },
    GROUP: { description: 'A named group of agencies that a document addresses together (e.g. "all districts").' },
  },
});

@ObjectType({ simpleResolvers: true, description: 'An agency (cơ quan, đơn vị). Agencies form a tree: City People\'s Committee → departments, Thủ Đức city, districts → wards.' })
@Entity({ name: 'agency' })
@Unique('UQ_agency_code', ['code'])
@Index('IDX_agency_parent', ['parentId'])
@Index('IDX_agency_path', ['path'])
export class Agency extends BaseRecord {
  @Field(() => String, { description: 'Stable agency code (natural key), e.g. `SO-TTTT`.' })
  @Column({ type: 'varchar', length: 64, name: 'code' })
  code: string;

  @Field(() => String, { description: 'Vietnamese name.' })
  @Column({ type: 'varchar', length: 255, name: 'name_vi' })
  nameVi: string;

  @Field(() => String, { nullable: true, description: 'English name.' })
  @Column({ type: 'varchar', length: 255, name: 'name_en', nullable: true })
  nameEn: string | null;

  @Field(() => String, { nullable: true, description: 'Short name as commonly written, e.g. "Sở TT&TT".' })
  @Column({ type: 'varchar', length: 64, name: 'short_name', nullable: true })
  shortName: string | null;

  @Field(() => AgencyKind, { description: 'What kind of body this is.' })
  @Column({ type: 'varchar', length: 32, name: 'kind' })
  kind: AgencyKind;

  @Field(() => ID, { nullable: true, description: 'Parent agency id (null at the root of the tree).' })
  @Column({ type: 'int', name: 'parent_id', nullable: true })
  parentId: number | null;

  @ManyToOne(() => Agency, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'FK_agency_parent' })
  parent?: Relation<Agency> | null;

  /** Materialized path of ids, e.g. `/1/5/12/`; lets "an agency and its sub-agencies" be one indexed LIKE. */
  @Column({ type: 'varchar', length: 512, name: 'path', default: '/' })
  path: string;

  @Field(() => Boolean, { description: 'Whether the agency still exists (merged or dissolved agencies are kept, inactive).' })
  @Column({ type: 'boolean', name: 'active', default: true })
  active: boolean;

  @Field(() => ID, { nullable: true, description: 'Document this record was taken from.' })
  @Column({ type: 'int', name: 'source_document_id', nullable: true })
  sourceDocumentId: number | null;

  @ManyToOne(() => SourceDocument, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'source_document_id', foreignKeyConstraintName: 'FK_agency_source_document' })
  sourceDocument?: Relation<SourceDocument> | null;

  @Column({ type: 'varchar', length: 2000, name: 'search_text', default: '' })
  searchText: string;

  @BeforeInsert()
  @BeforeUpdate()
  refreshSearchText(): void {
    this.searchText = searchKey(this.code, this.nameVi, this.nameEn, this.shortName);
  }
}
