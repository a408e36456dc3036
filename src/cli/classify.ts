/** `reimb classify` (being built). */
export async function run(_argv: string[]): Promise<number> {
  console.error("reimb classify: not built yet");
  return 1;
}
