/** Whether `text` is a full git commit SHA, as GitHub and git print it (40 lowercase hex digits). */
export declare function isFullSha(text: string): boolean;
