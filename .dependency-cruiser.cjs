// The dependency rules of DESIGN.md section 3, checked by `npm test`.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'schema-stands-alone',
      comment: 'schema/ is the shared model: it imports neither editor/ nor server/',
      severity: 'error',
      from: { path: '^schema/' },
      to: { path: '^(editor|server)/' },
    },
    {
      name: 'schema-no-runtime-libraries',
      comment:
        'schema/ depends on prosemirror-model and prosemirror-transform only: no Yjs, no view, no network',
      severity: 'error',
      from: { path: '^schema/', pathNot: '/test/|/bench/' },
      to: {
        dependencyTypes: ['npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-no-pkg', 'npm-unknown'],
        pathNot: 'node_modules/prosemirror-(model|transform)/',
      },
    },
    {
      name: 'schema-no-node-builtins',
      comment: 'schema/ runs in the browser too',
      severity: 'error',
      from: { path: '^schema/', pathNot: '/test/|/bench/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'editor-not-server',
      severity: 'error',
      from: { path: '^editor/' },
      to: { path: '^server/' },
    },
    {
      name: 'server-not-editor',
      comment: 'the server never loads the editor code, prosemirror-view or the DOM',
      severity: 'error',
      from: { path: '^server/' },
      to: { path: '^editor/' },
    },
    {
      name: 'server-no-view',
      comment: 'only server tests may load y-prosemirror (and so prosemirror-view) to check compatibility',
      severity: 'error',
      from: { path: '^server/', pathNot: '/test/' },
      to: { path: 'node_modules/(prosemirror-view|y-prosemirror)/' },
    },
    {
      name: 'no-folder-cycles',
      comment:
        'a folder never imports a folder that imports it back, directly or through others, so each can change ' +
        '(or be spread across processes) without the ones below it',
      severity: 'error',
      scope: 'folder',
      from: { path: '^(server|editor/src|schema)/' },
      to: { circular: true },
    },
    {
      name: 'no-unresolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
  },
}
