/** The TypeScript module that embeds src/stats/newline-count.wat, compiled. */
export function embeddedModule(): Promise<string>;
