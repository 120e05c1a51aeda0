// TEMPORARY skeleton: replaced by the viewer work (issue 7).
export function renderHtml(graph: unknown, options: { title: string }): string {
  return `<!doctype html><title>${options.title}</title><pre>${JSON.stringify(graph).length}</pre>`;
}
