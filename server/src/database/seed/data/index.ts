/**
 * The programme as the five source documents describe it: shared reference data (sources,
 * agencies, pillars) and one contribution per document.
 */
import { agencies } from './agencies';
import { doc000 } from './doc000-bao-cao-2025';
import { doc001 } from './doc001-chi-thi-17';
import { doc002 } from './doc002-muc-tieu-2030';
import { doc003 } from './doc003-ke-hoach-2024';
import { doc004 } from './doc004-ke-hoach-2649';
import { pillars } from './pillars';
import { sources } from './sources';
import type { DocumentContribution } from './types';

export { agencies, pillars, sources };
export type * from './types';

/** Each document's contribution, in file order. */
export const documents: DocumentContribution[] = [doc000, doc001, doc002, doc003, doc004];
