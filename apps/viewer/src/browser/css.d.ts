// esbuild's `text` loader: a stylesheet imported as a string, injected into the page or shadow root.
declare module '*.css' {
  const text: string;
  export default text;
}
