import type { EntityManager } from 'typeorm';
import { SortDirection } from '../../common/pagination/connection';
import { listConnection, parseId } from '../../common/pagination/list-query';
import { inAgencySubtree } from '../../common/sql';
import { Instrument } from './instrument.entity';
import { INSTRUMENT_ORDER, type InstrumentListArgs } from './instrument.inputs';

export function listInstruments(manager: EntityManager, args: InstrumentListArgs) {
  const qb = manager.createQueryBuilder(Instrument, 'instrument');
  const f = args.filter;
  if (f?.kinds?.length) qb.andWhere('instrument.kind IN (:...kinds)', { kinds: f.kinds });
  if (f?.statuses?.length) qb.andWhere('instrument.status IN (:...statuses)', { statuses: f.statuses });
  if (f?.issuerId != null) qb.andWhere(inAgencySubtree(manager, 'instrument.issuerId', 'issuer'), { issuer: parseId(f.issuerId, ['filter', 'issuerId']) });
  if (f?.issuedFromYear != null) qb.andWhere('instrument.issuedYear >= :fromYear', { fromYear: f.issuedFromYear });
  if (f?.issuedToYear != null) qb.andWhere('instrument.issuedYear <= :toYear', { toYear: f.issuedToYear });
  return listConnection(qb, args, INSTRUMENT_ORDER, {
    searchable: true,
    defaultOrder: [{ field: 'ISSUED_YEAR', direction: SortDirection.ASC }, { field: 'NUMBER', direction: SortDirection.ASC }],
  });
}
