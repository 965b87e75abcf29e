/// The explorer at `GET /graphql` for `Accept: text/html`: one self-contained page (inline CSS
/// and script, nothing from another origin) with editors for the query and variables, a Run
/// button that POSTs to `/graphql`, the result, and a schema browser built from introspection.
///
/// Element ids are stable for browser tests: `#query`, `#variables`, `#run`, `#result`, `#schema`.
enum ExplorerPage {
    static let html = """
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>GraphQL explorer</title>
        <style>
        body { margin: 0; font: 14px/1.4 system-ui, sans-serif; color: #222; background: #f6f6f4; }
        header { padding: 8px 16px; background: #23303d; color: #fff; display: flex; gap: 12px; align-items: center; }
        header h1 { font-size: 16px; margin: 0; font-weight: 600; }
        main { display: grid; grid-template-columns: 1fr 1fr 320px; gap: 12px; padding: 12px; height: calc(100vh - 70px); }
        section { display: flex; flex-direction: column; min-height: 0; }
        label { font-weight: 600; margin: 4px 0; }
        textarea, pre { font: 13px/1.4 ui-monospace, monospace; border: 1px solid #ccc; border-radius: 4px;
          padding: 8px; background: #fff; margin: 0; }
        #query { flex: 3; resize: none; }
        #variables { flex: 1; resize: none; margin-top: 4px; }
        #result { flex: 1; overflow: auto; white-space: pre-wrap; }
        #schema { overflow: auto; background: #fff; border: 1px solid #ccc; border-radius: 4px; padding: 8px; }
        #schema details { margin: 2px 0; }
        #schema summary { cursor: pointer; font-weight: 600; }
        #schema .field { margin-left: 14px; font-family: ui-monospace, monospace; font-size: 12px; }
        #schema .args { color: #666; }
        button { font: inherit; padding: 4px 14px; border: 0; border-radius: 4px; background: #3b82f6; color: #fff; cursor: pointer; }
        #status { font-size: 12px; opacity: .8; }
        </style>
        </head>
        <body>
        <header><h1>GraphQL explorer</h1><button id="run" type="button">Run ▶</button><span id="status"></span></header>
        <main>
        <section>
        <label for="query">Query</label>
        <textarea id="query" spellcheck="false">{
          customers(first: 5) {
            id
            email
            invited
          }
        }</textarea>
        <label for="variables">Variables (JSON)</label>
        <textarea id="variables" spellcheck="false">{}</textarea>
        </section>
        <section>
        <label for="result">Result</label>
        <pre id="result"></pre>
        </section>
        <section>
        <label>Schema</label>
        <div id="schema">Loading…</div>
        </section>
        </main>
        <script>
        "use strict";
        const endpoint = window.location.pathname;
        async function post(query, variables) {
          const response = await fetch(endpoint, {
            method: "POST",
            headers: { "Content-Type": "application/json", "Accept": "application/graphql-response+json, application/json" },
            body: JSON.stringify({ query: query, variables: variables })
          });
          const text = await response.text();
          return { status: response.status, text: text };
        }
        async function run() {
          const status = document.getElementById("status");
          const result = document.getElementById("result");
          let variables = {};
          const raw = document.getElementById("variables").value.trim();
          if (raw) {
            try { variables = JSON.parse(raw); } catch (e) { result.textContent = "Variables are not JSON: " + e.message; return; }
          }
          status.textContent = "running…";
          try {
            const answer = await post(document.getElementById("query").value, variables);
            let shown = answer.text;
            try { shown = JSON.stringify(JSON.parse(answer.text), null, 2); } catch (e) {}
            result.textContent = shown;
            status.textContent = "HTTP " + answer.status;
          } catch (e) {
            result.textContent = "Request failed: " + e.message;
            status.textContent = "";
          }
        }
        function typeName(t) {
          if (!t) return "";
          if (t.kind === "NON_NULL") return typeName(t.ofType) + "!";
          if (t.kind === "LIST") return "[" + typeName(t.ofType) + "]";
          return t.name;
        }
        function element(tag, className, text) {
          const node = document.createElement(tag);
          if (className) node.className = className;
          if (text !== undefined) node.textContent = text;
          return node;
        }
        function showSchema(schema) {
          const root = document.getElementById("schema");
          root.textContent = "";
          const roots = [schema.queryType && schema.queryType.name, schema.mutationType && schema.mutationType.name];
          const types = schema.types.filter(function (t) { return t.name.indexOf("__") !== 0; });
          types.sort(function (a, b) { return (roots.indexOf(b.name) > -1) - (roots.indexOf(a.name) > -1) || a.name.localeCompare(b.name); });
          for (const type of types) {
            const details = element("details");
            details.open = roots.indexOf(type.name) > -1;
            details.appendChild(element("summary", "", type.name + " (" + type.kind.toLowerCase() + ")"));
            for (const field of type.fields || []) {
              const line = element("div", "field", field.name);
              if (field.args && field.args.length) {
                line.appendChild(element("span", "args", "(" + field.args.map(function (a) { return a.name + ": " + typeName(a.type); }).join(", ") + ")"));
              }
              line.appendChild(document.createTextNode(": " + typeName(field.type)));
              details.appendChild(line);
            }
            for (const value of type.enumValues || []) details.appendChild(element("div", "field", value.name));
            root.appendChild(details);
          }
        }
        const typeRef = "kind name ofType { kind name ofType { kind name ofType { kind name } } }";
        const introspection = "{ __schema { queryType { name } mutationType { name } types { name kind " +
          "fields { name args { name type { " + typeRef + " } } type { " + typeRef + " } } enumValues { name } } } }";
        async function loadSchema() {
          try {
            const answer = await post(introspection, {});
            showSchema(JSON.parse(answer.text).data.__schema);
          } catch (e) {
            document.getElementById("schema").textContent = "Could not load the schema: " + e.message;
          }
        }
        document.getElementById("run").addEventListener("click", run);
        document.getElementById("query").addEventListener("keydown", function (e) {
          if ((e.ctrlKey || e.metaKey) && e.key === "Enter") run();
        });
        loadSchema();
        </script>
        </body>
        </html>
        """
}
