/** Whether `text` is a full git commit SHA, as GitHub and git print it (40 lowercase hex digits). */
export function isFullSha(text: string): boolean {
  return /^[0-9a-f]{40}$/.test(text);
}
