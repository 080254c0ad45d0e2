#!/usr/bin/env node
// Builds the browser editor: esbuild bundles editor/src/home.ts and editor/src/draft.ts (and their style sheets)
// into editor/dist/assets/, minified, for ES2020, with external source maps and content-hashed names, then writes
// editor/dist/home.html and editor/dist/draft.html that load them. Every file the server sends (pages, scripts,
// style sheets) is also written precompressed beside itself, `.gz` (gzip level 9) and `.br` (brotli quality 11),
// for the server to pick by Accept-Encoding. Ends by printing each page's weight as sent, and fails when the
// draft page's JavaScript, as the precompressed files the server sends, is over its budget of 600 KB.
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { basename, extname, join, relative } from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import * as esbuild from 'esbuild'

const root = new URL('..', import.meta.url).pathname
const src = join(root, 'editor/src')
const dist = join(root, 'editor/dist')
const assets = join(dist, 'assets')
const BUDGET = 600 * 1024

const PAGES = [
  { name: 'home', script: 'home.ts', style: 'style/home.css', title: 'Penholder' },
  // The draft entry loads the draft page as a chunk of its own (a past revision loads another): `preload` names
  // it, so that the HTML asks for it and every chunk it imports at once, rather than in a waterfall (entry, then
  // page chunk, then its imports).
  {
    name: 'draft',
    script: 'draft.ts',
    style: 'style/draft.css',
    title: 'Penholder: draft',
    preload: 'pages/draft.ts',
  },
]

rmSync(dist, { recursive: true, force: true })
mkdirSync(assets, { recursive: true })

let result
try {
  result = await esbuild.build({
    entryPoints: PAGES.flatMap((p) => [
      { in: join(src, p.script), out: p.name },
      { in: join(src, p.style), out: p.name },
    ]),
    outdir: assets,
    bundle: true,
    format: 'esm',
    splitting: true,
    minify: true,
    target: 'es2020',
    sourcemap: 'external',
    entryNames: '[name]-[hash]',
    chunkNames: 'chunk-[hash]',
    assetNames: '[name]-[hash]',
    metafile: true,
    legalComments: 'none',
    logLevel: 'warning',
    define: { 'process.env.NODE_ENV': '"production"' },
  })
  // The draft page's service worker (it keeps the page for opening offline): a script of its own, unhashed, at
  // the root of dist/, which the server serves as /sw.js so that it may answer the draft pages.
  await esbuild.build({
    entryPoints: [join(src, 'offline/service-worker.ts')],
    outfile: join(dist, 'sw.js'),
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2020',
    legalComments: 'none',
    logLevel: 'warning',
  })
} catch {
  // esbuild has already printed each error with its file and line; a stack trace would add nothing.
  console.error('editor: the build failed')
  process.exit(1)
}

// Which output file came from which entry: the page's script and style sheet.
const outputs = Object.entries(result.metafile.outputs)
const outputFor = (entry) => {
  const found = outputs.find(([, meta]) => meta.entryPoint && join(root, meta.entryPoint) === entry)
  if (!found) throw new Error(`build-editor: esbuild wrote no output for ${relative(root, entry)}`)
  return basename(found[0])
}

/** The output file of a script chunk and every chunk it imports statically (what runs before its code), in order. */
function staticClosure(file, seen = new Set()) {
  if (seen.has(file)) return []
  seen.add(file)
  const meta = result.metafile.outputs[relative(root, join(assets, file))]
  const imports = (meta?.imports ?? []).filter((imp) => imp.kind === 'import-statement')
  return [file, ...imports.flatMap((imp) => staticClosure(basename(imp.path), seen))]
}

const escapeHTML = (text) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c])

// Written as the server will send them; source maps stay plain (only developers' tools fetch them).
const COMPRESSED = new Set(['.js', '.css', '.html', '.svg', '.json'])
function precompress(folder) {
  for (const name of readdirSync(folder)) {
    const path = join(folder, name)
    if (statSync(path).isDirectory()) {
      precompress(path)
      continue
    }
    if (!COMPRESSED.has(extname(name))) continue
    const bytes = readFileSync(path)
    writeFileSync(`${path}.gz`, gzipSync(bytes, { level: 9 }))
    writeFileSync(
      `${path}.br`,
      brotliCompressSync(bytes, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: 11,
          [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        },
      }),
    )
  }
}

// The budget is checked on the bytes that go over the wire: the larger precompressed file (gzip, sent to any
// browser without brotli) of the script and of each chunk it imports.
const gz = (file) => statSync(join(assets, `${file}.gz`)).size
const br = (file) => statSync(join(assets, `${file}.br`)).size
/**
 * The size sent (`sizeOf`: gzip or brotli) of a script and every chunk it imports or may load later (the draft
 * entry loads the draft page or the revision page): at most what the page downloads.
 */
function scriptWeight(file, sizeOf, seen = new Set()) {
  if (seen.has(file)) return 0
  seen.add(file)
  const meta = result.metafile.outputs[relative(root, join(assets, file))]
  let size = sizeOf(file)
  for (const imp of meta?.imports ?? []) {
    if (imp.kind === 'import-statement' || imp.kind === 'dynamic-import')
      size += scriptWeight(basename(imp.path), sizeOf, seen)
  }
  return size
}

const report = []
const pages = []
for (const page of PAGES) {
  const script = outputFor(join(src, page.script))
  const style = outputFor(join(src, page.style))
  // The page's script and its imports, then the page chunk it loads and that chunk's imports.
  const preloaded = [
    ...new Set([
      ...staticClosure(script),
      ...(page.preload ? staticClosure(outputFor(join(src, page.preload))) : []),
    ]),
  ]
  // The page is a shell: the script draws everything, so the HTML carries no data and no token.
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<link rel="icon" href="data:,">
<title>${escapeHTML(page.title)}</title>
<link rel="stylesheet" href="/assets/${style}">
${preloaded.map((file) => `<link rel="modulepreload" href="/assets/${file}">`).join('\n')}
</head>
<body class="page-${page.name}">
<div id="app"></div>
<script type="module" src="/assets/${script}"></script>
</body>
</html>
`
  writeFileSync(join(dist, `${page.name}.html`), html)
  pages.push({ page: page.name, script, style })
}
precompress(dist)
for (const { page, script, style } of pages) {
  report.push({ page, script, js: scriptWeight(script, gz), jsBr: scriptWeight(script, br), css: gz(style) })
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`
for (const r of report)
  console.log(
    `editor: ${r.page} page: ${kb(r.js)} JS + ${kb(r.css)} CSS gzipped, ${kb(r.jsBr)} JS brotli (${r.script})`,
  )
const draft = report.find((r) => r.page === 'draft')
if (draft.js > BUDGET) {
  console.error(
    `editor: the draft page's JavaScript is ${kb(draft.js)} as sent gzipped, over its budget of ${kb(BUDGET)}`,
  )
  process.exit(1)
}
