import Foundation
import TestSupport
import Testing

/// Whether browser tests must run even without Chromium (CI sets CQRS_REQUIRE_ALL=1).
private let requireAll = ProcessInfo.processInfo.environment["CQRS_REQUIRE_ALL"] == "1"

private let chromiumAvailable: Bool = {
    if HeadlessChromium.executable == nil {
        print("SKIPPING the explorer browser test: chromium is missing (apt-get install chromium).")
    }
    return HeadlessChromium.executable != nil
}()

/// The explorer page at `GET /graphql` for `Accept: text/html`, in a real headless browser.
@Suite(.serialized, .exclusive)
struct ExplorerTests {
    @Test func thePageIsSelfContained() async throws {
        try await offPool {
            let server = try ServerProcess()
            let page = try server.get("/graphql", headers: [("Accept", "text/html")])
            #expect(page.status == 200)
            #expect(page.header("Content-Type")?.hasPrefix("text/html") == true)
            for id in ["query", "variables", "run", "result", "schema"] { #expect(page.text.contains("id=\"\(id)\"")) }
            // No script, style or frame from anywhere else: every src/href is relative or absent.
            let external = try Regex(#"(src|href)\s*=\s*["']?\s*(https?:)?//"#).ignoresCase()
            #expect(page.text.firstMatch(of: external) == nil)
        }
    }

    @Test(.enabled(if: chromiumAvailable || requireAll, "chromium is missing"))
    func theExplorerLoadsRunsAQueryAndShowsTheResult() async throws {
        try await offPool {
            let server = try ServerProcess()
            let id = try server.openAccount("explorer-owner", deposit: 4242)
            let browser = try HeadlessChromium(
                executable: try #require(HeadlessChromium.executable, "chromium is missing"))
            let session = try browser.open("http://127.0.0.1:\(server.port)/graphql")
            try waitFor(
                "document.getElementById('run') !== null && document.readyState === 'complete'", browser, session)
            // The schema browser fills itself from introspection.
            try waitFor("document.getElementById('schema').textContent.includes('Account')", browser, session)
            let query = "query($id: ID!) { account(id: $id) { owner balance } }"
            let typed = try browser.evaluate(
                """
                (() => {
                  document.getElementById('query').value = \(jsonString(query));
                  document.getElementById('variables').value = \(jsonString("{\"id\":\"\(id)\"}"));
                  document.getElementById('run').click();
                  return true;
                })()
                """, session: session)
            #expect(typed as? Bool == true)
            try waitFor("document.getElementById('result').textContent.includes('4242')", browser, session)
            let shown =
                try browser.evaluate("document.getElementById('result').textContent", session: session) as? String
            #expect(shown?.contains("explorer-owner") == true, "\(shown ?? "")")
            let scripts = try browser.evaluate(
                "Array.from(document.querySelectorAll('script[src],link[href],iframe[src],img[src]')).length",
                session: session)
            #expect(scripts as? Int == 0)
            _ = try? browser.call("Browser.close")
        }
    }

    /// Polls `condition` in the page until it is true (at most 15 s).
    private func waitFor(_ condition: String, _ browser: HeadlessChromium, _ session: String) throws {
        let deadline = Date().addingTimeInterval(15)
        while Date() < deadline {
            if (try? browser.evaluate("Boolean(\(condition))", session: session)) as? Bool == true { return }
            usleep(50_000)
        }
        Issue.record("timed out waiting for \(condition)")
        throw ClientError(description: "timed out waiting for \(condition)")
    }

    private func jsonString(_ text: String) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: [text])) ?? Data("[\"\"]".utf8)
        return String(String(decoding: data, as: UTF8.self).dropFirst().dropLast())
    }
}
