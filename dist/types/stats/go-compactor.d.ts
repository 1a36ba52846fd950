export declare class GoCompactor {
    private state;
    private quote;
    private written;
    private commentHasNewline;
    private fault;
    /** UTF-8 in comment text: continuation bytes still due, the code point so far, its least value. */
    private pending;
    private codePoint;
    private least;
    private out;
    private length;
    /** A rejected comment was written: what follows is never read. */
    blocked: boolean;
    /** The short form of `chunk`, the next bytes of the file. */
    add(chunk: Uint8Array): Buffer;
    /** What is left to write at the end of the file. */
    finish(): Buffer;
    private compact;
    /** A run of white space from `i`, written as `space` would write it byte by byte; returns where it ends. */
    private skipSpace;
    /** White space: written once per run, a newline once more if the run has one. */
    private space;
    private token;
    private startComment;
    /** A comment ends: it is white space (with a newline when it holds one), or a short comment Go rejects. */
    private endComment;
    /** Checks comment text `chunk[from, end)`: natively where it is whole UTF-8, byte by byte around a fault or a split sequence. */
    private checkText;
    /** One byte of comment text, checked as Go's scanner decodes it. */
    private checkByte;
    private checkCodePoint;
    private setFault;
    private put;
    private write;
}
