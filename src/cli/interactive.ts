/** Ink only when a person is at a terminal; plain output in pipes and CI. */
export const interactive = () => Boolean(process.stdout.isTTY && process.stdin.isTTY) && !process.env.CI;

export const terminalWidth = () => Math.max(60, Math.min(process.stdout.columns ?? 80, 110));
