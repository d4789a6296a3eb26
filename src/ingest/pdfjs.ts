// Loads pdf.js once per thread. Its legacy build (the one that runs on Node 20) bundles core-js,
// which on load swaps V8's own Array.prototype.push and JSON.parse for JavaScript versions, to
// mend edge cases no CAF meets (arrays past 2^32 items, JSON.parse's source-text access). Every
// push in the thread, ours and pdf.js's alike, then runs several times slower: measured, reading
// a PDF took 20.5 ms instead of 13.5. The natives are put back once pdf.js and its worker have
// loaded; what core-js adds that Node 20 lacks (Promise.withResolvers, Set methods, …) stays.
type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let loading: Promise<PdfJs> | undefined;

async function load(): Promise<PdfJs> {
  const natives = { push: Array.prototype.push, parse: JSON.parse };
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // pdf.js's documented way to run its worker in this thread; loading it here, not on the first
  // document, means core-js has finished patching before the natives go back.
  (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
  Object.defineProperty(Array.prototype, 'push', { value: natives.push, writable: true, configurable: true, enumerable: false });
  JSON.parse = natives.parse;
  return pdfjs;
}

export const loadPdfJs = (): Promise<PdfJs> => (loading ??= load());
