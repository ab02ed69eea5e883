export declare const CONTENT_SECURITY_POLICY: string;
export declare function withInlineScriptHashes(policy: string, html: string): string;
