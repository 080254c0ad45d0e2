// The pages the server shows while the editor bundle (editor/dist) is not built: they say so, and still let a
// link's holder read the draft (its HTML export) or, on the home page, list the drafts. The token is read from
// the URL fragment in the browser, so it never reaches the server's logs.

const page = (title: string, body: string, script: string, nonce: string) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>
  body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 52rem; padding: 0 1rem; color: #222; }
  .notice { background: #fff6d6; border: 1px solid #e6d38a; padding: .75rem 1rem; border-radius: 4px; }
  iframe { width: 100%; height: 80vh; border: 1px solid #ccc; }
  .error { color: #a00; }
  code { background: #f3f3f3; padding: 0 .25rem; }
</style>
</head>
<body>
<h1>${title}</h1>
<p class="notice">The editor is not built yet (no <code>editor/dist</code>), so this is a plain page.</p>
${body}
<script nonce="${nonce}">
const token = new URLSearchParams(location.hash.slice(1)).get('token')
const out = document.getElementById('out')
const fail = (text) => { out.innerHTML = ''; const p = document.createElement('p'); p.className = 'error'; p.textContent = text; out.append(p) }
const api = async (path) => {
  if (!token) throw new Error('This page needs the link with its token (…#token=…).')
  const res = await fetch(path, { headers: { authorization: 'Bearer ' + token } })
  if (!res.ok) { const e = await res.json().catch(() => ({})); throw new Error(e.detail || res.statusText) }
  return res
}
${script}
</script>
</body>
</html>
`

/** The plain page of a draft: its HTML export, shown read-only; its script carries the policy's `nonce`. */
export const plainDraftPage = (nonce: string): string =>
  page(
    'Draft resolution',
    '<div id="out"><p>Loading the draft…</p></div>',
    `const id = decodeURIComponent(location.pathname.split('/').pop())
api('/api/drafts/' + encodeURIComponent(id) + '/export?format=html')
  .then((res) => res.text())
  .then((html) => { out.innerHTML = ''; const f = document.createElement('iframe'); f.srcdoc = html; f.title = 'Draft'; out.append(f) })
  .catch((e) => fail(e.message))`,
    nonce,
  )

/** The plain home page: the drafts a facilitator link may manage; its script carries the policy's `nonce`. */
export const plainHomePage = (nonce: string): string =>
  page(
    'Penholder',
    '<div id="out"><p>Loading the drafts…</p></div>',
    `api('/api/drafts')
  .then((res) => res.json())
  .then(({ drafts }) => {
    out.innerHTML = ''
    const ul = document.createElement('ul')
    for (const d of drafts) {
      const li = document.createElement('li'); const a = document.createElement('a')
      a.href = '/d/' + encodeURIComponent(d.id) + '#token=' + encodeURIComponent(token)
      a.textContent = (d.symbol ? d.symbol + ' — ' : '') + (d.title || d.id)
      li.append(a); ul.append(li)
    }
    out.append(drafts.length ? ul : 'No drafts yet.')
  })
  .catch((e) => fail(e.message))`,
    nonce,
  )
