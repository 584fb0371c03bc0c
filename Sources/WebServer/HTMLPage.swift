import Hummingbird
import Reporting

/// One page of the site: a heading, a trail of links back up, and a body of HTML already escaped,
/// laid out with the site's CSS. No script but ``script``'s few lines; nothing is fetched from
/// the network.
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
            \(Self.script)
            </script>
            </body>
            </html>

            """
    }

    /// A form's "Computing …" with a progress bar, beside its button, shown by the page's script
    /// while the answer is on its way.
    static func runningNote(_ language: ReportLanguage) -> String {
        "<span class=\"running\" hidden><progress></progress> \(h(WebText.running.text(language)))</span>"
    }

    /// Forms of class `runs` show their "Computing …" line when sent. The what-if form (class
    /// `asks`) is asked from the page: each change of a field asks again at once (typing, after
    /// a pause, its stale message taken away), aborting the request before (AbortController)
    /// and numbering the question, so
    /// the server stops an older one still running (``WhatIfQuestions``); only the answer to the
    /// latest question is shown — the problems beside their fields and the `#answer` part,
    /// scrolled to when the button asked — and the address becomes that of the question. The
    /// save button sends the form as it is.
    static let script = """
        for (const form of document.querySelectorAll('form.runs')) {
          form.addEventListener('submit', () => { form.querySelector('.running').hidden = false; });
        }
        const asks = document.querySelector('form.asks');
        if (asks && window.fetch && window.AbortController) {
          const running = asks.querySelector('.running');
          let controller = null, pause = null;
          const ask = async (show) => {
            clearTimeout(pause);
            if (controller) controller.abort();
            const mine = controller = new AbortController();
            asks.elements.sequence.value = Number(asks.elements.sequence.value) + 1;
            const sequence = asks.elements.sequence.value;
            const query = new URLSearchParams(new FormData(asks));
            query.delete('save_as');
            running.hidden = false;
            try {
              const response = await fetch(asks.action + '?' + query, {signal: mine.signal});
              if (response.status === 409) return;
              const page = new DOMParser().parseFromString(await response.text(), 'text/html');
              if (mine !== controller) return;
              for (const old of asks.querySelectorAll('.problem')) old.remove();
              for (const wrong of asks.querySelectorAll('.wrong')) wrong.classList.remove('wrong');
              for (const problem of page.querySelectorAll('form.asks .problem[data-field]')) {
                const field = asks.elements.namedItem(problem.dataset.field);
                if (!field || !field.after) continue;
                if (field.tagName === 'INPUT') field.classList.add('wrong');
                field.after(problem);
              }
              const answer = page.getElementById('answer');
              if (answer) {
                answer.dataset.sequence = sequence;
                document.getElementById('answer').replaceWith(answer);
                if (show && response.ok) answer.scrollIntoView({block: 'start'});
              }
              query.delete('form_id'); query.delete('sequence');
              history.replaceState(null, '', asks.action + '?' + query);
            } catch (error) {
              if (error.name !== 'AbortError') throw error;
            } finally {
              if (mine === controller) running.hidden = true;
            }
          };
          asks.addEventListener('submit', (event) => {
            if (event.submitter && event.submitter.id === 'save') return;
            event.preventDefault();
            ask(true);
          });
          asks.addEventListener('change', (event) => { if (event.target.name !== 'save_as') ask(false); });
          asks.addEventListener('input', (event) => {
            if (event.target.name === 'save_as') return;
            const message = event.target.nextElementSibling;
            if (message && message.classList.contains('problem')) message.remove();
            event.target.classList.remove('wrong');
            if (controller) controller.abort();
            clearTimeout(pause);
            pause = setTimeout(() => ask(false), 700);
          });
        }
        """

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
