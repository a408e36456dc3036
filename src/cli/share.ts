/** `reimb share` (being built). */
export async function run(_argv: string[]): Promise<number> {
  console.error("reimb share: not built yet");
  return 1;
}
