export declare const CACHE_DIR: string;
export declare const LAYOUTS: readonly ('wide' | 'long')[];
export declare const WORKLOADS: Readonly<Record<string, { readonly communes: number; readonly years: readonly number[]; readonly seed: number }>>;
export declare function workloadFile(name: string, layout: 'wide' | 'long'): { readonly name: string; readonly layout: string; readonly path: string; readonly fileName: string; readonly bytes: number };
