/** SVG files imported by the pane are inlined by webpack (`asset/inline`) as data: URLs. */
declare module "*.svg" {
  const url: string;
  export default url;
}
