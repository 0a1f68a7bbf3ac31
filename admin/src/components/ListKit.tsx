import type { ReactNode } from 'react';
import { CreateButton, ExportButton, FilterButton, List, SearchInput, TopToolbar, useCanAccess, useResourceContext, type ListProps } from 'react-admin';
import { csvExporter } from './exporter';

export const searchFilter = <SearchInput key="q" source="q" alwaysOn />;

function Actions({ hasFilters, extra }: { hasFilters: boolean; extra?: ReactNode }) {
  const resource = useResourceContext();
  const { canAccess: canCreate } = useCanAccess({ resource: resource!, action: 'create' });
  return (
    <TopToolbar>
      {hasFilters && <FilterButton />}
      {extra}
      {canCreate && <CreateButton />}
      <ExportButton />
    </TopToolbar>
  );
}

/** Every list: CSV export (UTF-8 BOM), search, role-aware create button. */
export function DxList({ children, filters, extraActions, ...props }: ListProps & { children: ReactNode; extraActions?: ReactNode }) {
  return (
    <List exporter={csvExporter} filters={filters} actions={<Actions hasFilters={(filters as unknown[] | undefined)?.length! > 1} extra={extraActions} />} perPage={25} {...props}>
      {children}
    </List>
  );
}
