import type { DataSource, EntityManager } from 'typeorm';
import { Loaders } from './common/loaders/loaders';

/** What every resolver gets for one request. Built fresh per request; nothing is shared. */
export interface Context {
  requestId: string;
  dataSource: DataSource;
  manager: EntityManager;
  loaders: Loaders;
}

export function createContext(dataSource: DataSource, requestId: string): Context {
  const manager = dataSource.manager;
  return { requestId, dataSource, manager, loaders: new Loaders(manager) };
}
