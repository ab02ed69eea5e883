/** Vietnamese label (label_vi) of each base indicator, keyed by code. */
export declare const LABEL_VI: Readonly<Record<string, string>>;
