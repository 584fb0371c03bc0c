import Hummingbird
import Reporting

/// One page of the site: a heading, a trail of links back up, and a body of HTML already escaped,
/// laid out with the site's CSS. No script but the few lines that show "Computing …" while a
/// form's answer is on its way; nothing is fetched from the network.
struct HTMLPage {
    var language: ReportLanguage
    var title: String
    /// Links from the scenario list down to this page's parent: (text, href).
    var trail: [(String, String)] = []
    var body: String
    var status: HTTPResponse.Status = .ok

    func response() -> Response {
        Response(status: status, headers: [.contentType: "text/html; charset=utf-8"],
                 body: .init(byteBuffer: ByteBuffer(string: html())))
    }

    func html() -> String {
        let links = ([(WebText.scenarios.text(language), Routes.home)] + trail)
            .map { "<a href=\"\(h($0.1))\">\(h($0.0))</a>" }.joined(separator: " › ")
        return """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(h(title)) – bhvplan</title>
            <style>
            \(Self.style)
            \(UnitFanCharts.style)
            </style>
            </head>
            <body>
            <header><nav>\(links)</nav></header>
            <main>
            <h1>\(h(title))</h1>
            \(body)
            </main>
            <script>
            for (const form of document.querySelectorAll('form.runs')) {
              form.addEventListener('submit', () => { form.querySelector('.running').hidden = false; });
            }
            </script>
            </body>
            </html>

            """
    }

    /// A form's "Computing …" line, shown by the page's script while the answer is on its way.
    static func runningNote(_ language: ReportLanguage) -> String {
        "<p class=\"running\" hidden>\(h(WebText.running.text(language)))</p>"
    }

    static let style = """
        :root { --ink: #1b1f24; --muted: #5a6470; --rule: #c3cad3; --good: #cfe8d4; --middle: #fbe7b5; --bad: #f4c5c0; --link: #1f4e8c; }
        body { font-family: system-ui, "Segoe UI", Roboto, sans-serif; color: var(--ink); margin: 0; line-height: 1.4; }
        header { background: #eef2f6; padding: 0.6em 1.5em; border-bottom: 1px solid var(--rule); }
        main { padding: 0.5em 1.5em 2em; max-width: 1200px; }
        a { color: var(--link); }
        h1 { font-size: 1.5em; margin: 0.6em 0 0.3em; }
        h2 { font-size: 1.2em; margin-top: 1.4em; }
        p.intro, .muted { color: var(--muted); max-width: 60em; }
        table { border-collapse: collapse; margin: 0.5em 0 1em; }
        th, td { padding: 0.25em 0.6em; border-bottom: 1px solid var(--rule); text-align: left; vertical-align: top; }
        th { font-weight: 600; font-size: 0.9em; }
        th.indicator { max-width: 9em; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
        td.p-good { background: var(--good); }
        td.p-middle { background: var(--middle); }
        td.p-bad { background: var(--bad); font-weight: 600; }
        td.up { color: #1d6b2f; } td.down { color: #a8201a; }
        .legend span { display: inline-block; padding: 0 0.6em; margin-right: 0.4em; }
        .years a, .years strong { margin-right: 0.8em; }
        .charts { display: flex; flex-wrap: wrap; gap: 1em; }
        figure.chart { width: 440px; margin: 0; }
        figure.chart figcaption { font-weight: 600; font-size: 0.95em; }
        figure.chart svg { width: 100%; height: auto; }
        form label { display: inline-block; min-width: 14em; }
        input[type=text] { width: 7em; font: inherit; }
        input.id { width: 10em; }
        .problem { color: #a8201a; font-weight: 600; margin-left: 0.5em; }
        input.wrong { border: 2px solid #a8201a; }
        .warning { color: #7a5a00; }
        .box { border: 1px solid var(--rule); padding: 0.4em 1em; border-radius: 4px; background: #fafbfc; }
        pre { background: #f6f8fa; padding: 0.8em; overflow-x: auto; font-size: 0.85em; }
        button { font: inherit; padding: 0.3em 1.2em; }
        .running { color: var(--link); font-weight: 600; }
        dl { display: grid; grid-template-columns: max-content auto; gap: 0.2em 1em; }
        dt { font-weight: 600; } dd { margin: 0; }
        """
}

/// HTML-escaped text.
func h(_ text: String) -> String { HTMLEscaping.escape(text) }
