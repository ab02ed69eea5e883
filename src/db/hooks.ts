// React access to the repository: react-query caches what the database holds
// and every change (this tab or another) invalidates it.
import { useEffect } from 'react';
import { useQuery, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import type { Dataset } from '../domain/dataset';
import type { Commune } from '../domain/types';
import { getSettings, getTargets, listImports, loadDataset, listCommunes, onDataChanged } from './repository';

export const QUERY_KEYS = {
  dataset: ['dataset'],
  communes: ['communes'],
  targets: ['targets'],
  settings: ['settings'],
  imports: ['imports'],
} as const;

export function useDataset(): UseQueryResult<Dataset> {
  return useQuery({ queryKey: QUERY_KEYS.dataset, queryFn: loadDataset, staleTime: Infinity });
}

export function useCommunes(): UseQueryResult<Commune[]> {
  return useQuery({ queryKey: QUERY_KEYS.communes, queryFn: listCommunes, staleTime: Infinity });
}

export function useTargets(): UseQueryResult<Awaited<ReturnType<typeof getTargets>>> {
  return useQuery({ queryKey: QUERY_KEYS.targets, queryFn: getTargets, staleTime: Infinity });
}

export function useSettings(): UseQueryResult<Awaited<ReturnType<typeof getSettings>>> {
  return useQuery({ queryKey: QUERY_KEYS.settings, queryFn: getSettings, staleTime: Infinity });
}

export function useImports(): UseQueryResult<Awaited<ReturnType<typeof listImports>>> {
  return useQuery({ queryKey: QUERY_KEYS.imports, queryFn: listImports, staleTime: Infinity });
}

/** Mount once at the root: any stored change, here or in another tab, refreshes every query. */
export function useInvalidateOnDataChange(): void {
  const client = useQueryClient();
  useEffect(() => onDataChanged(() => void client.invalidateQueries()), [client]);
}
