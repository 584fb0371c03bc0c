import ChildHealth
import Foundation
import Hummingbird
import PlannerApp
import Reporting
import ResultFormat

/// The site's routes and what each answers. Every scenario, unit and file named in an address is
/// looked up among those that exist (``ScenarioFolder``, the scenario's units, ``DownloadLinks``):
/// anything else is a 404, whatever it spells.
struct WebSite: Sendable {
    let settings: ServerSettings
    let folder: ScenarioFolder
    let gate: SimulationGate
    let cache: ScenarioCache
    let questions = WhatIfQuestions()
    var language: ReportLanguage { settings.language }

    init(settings: ServerSettings) {
        self.settings = settings
        folder = ScenarioFolder(folder: settings.folder)
        gate = SimulationGate(limit: settings.concurrentSimulations)
        cache = ScenarioCache(settings: settings, gate: gate)
    }

    func register(on router: Router<BasicRequestContext>) {
        router.get("/") { _, _ -> Response in
            ScenarioListPage.page(names: folder.names(), language: language).response()
        }
        router.get("/scenario/:scenario") { request, context -> Response in
            let year = FormFields(query: request.uri.query ?? "").value("year").flatMap { Int($0) }
            return await withRun(context) { run in OverviewPage.page(run, year: year, language: language).response() }
        }
        router.get("/scenario/:scenario/unit/:unit") { _, context -> Response in
            await withUnit(context) { run, unit in UnitPage.page(run, unit: unit, language: language).response() }
        }
        router.get("/scenario/:scenario/unit/:unit/what-if") { request, context -> Response in
            let query = request.uri.query ?? ""
            let fields = FormFields(query: query)
            let question = questions.ask(form: fields.value(WhatIfForm.formIDField),
                                         sequence: fields.value(WhatIfForm.sequenceField).flatMap { Int($0) } ?? 0)
            defer { question.answered() }
            // The question is withdrawn when its client closes the connection (an aborted fetch).
            return try await request.body.consumeWithInboundCloseHandler { _ in
                await withUnit(context) { run, unit in await whatIf(run, unit: unit, query: query, question: question) }
            } onInboundClosed: {
                question.withdraw()
            }
        }
        router.post("/scenario/:scenario/unit/:unit/save") { request, context -> Response in
            let body = try await request.body.collect(upTo: 1 << 20)
            let fields = FormFields(query: String(buffer: body))
            return await withUnit(context) { run, unit in save(run, unit: unit, fields: fields) }
        }
        router.get("/scenario/:scenario/unit/:unit/size") { request, context -> Response in
            let query = request.uri.query ?? ""
            return await withUnit(context) { run, unit in await size(run, unit: unit, query: query) }
        }
        router.get("/scenario/:scenario/download/:file") { _, context -> Response in
            let file = context.parameters.get("file") ?? ""
            return await withRun(context) { run in await download(run, file: file) }
        }
        router.get("/compare") { request, _ -> Response in
            await compare(query: request.uri.query ?? "")
        }
    }

    // MARK: - Answers

    /// The what-if page, answering `question` unless it is superseded (409) or withdrawn (503)
    /// before its answer is ready.
    private func whatIf(_ run: ScenarioRun, unit: ChildHealth.Unit, query: String, question: WhatIfQuestions.Question) async -> Response {
        let form = WhatIfForm.sent(FormFields(query: query), unit: unit, in: run.scenario, trials: run.scenario.trials)
        guard form.submitted else {
            return WhatIfPage.page(run, unit: unit, form: form, problems: [], warnings: [], answer: nil, language: language).response()
        }
        var problems: [InputProblem] = []
        var edited: Scenario?
        switch form.edit.apply(to: run.scenario, source: "what-if") {
        case .success(let scenario): edited = scenario
        case .failure(let found): problems += found.problems
        }
        var trials: Int?
        switch form.trialCount(cap: settings.trialCap) {
        case .success(let count): trials = count
        case .failure(let problem): problems.append(problem)
        }
        guard var whatIf = edited, let trials else {
            return WhatIfPage.page(run, unit: unit, form: form, problems: problems, warnings: [], answer: nil, language: language).response()
        }
        var base = run.scenario
        base.trials = trials
        whatIf.trials = trials
        whatIf.name = run.name + " what-if"
        let asked: Scenario = whatIf, scenario: Scenario = base
        let workers: Int = settings.workers
        let id: String = unit.id
        let answer: WhatIfJob.Answer? = await gate.run {
            question.isStopped ? nil
                : WhatIfJob.run(scenario: scenario, whatIf: asked, unit: id, workers: workers, isCancelled: { question.isStopped })
        }
        guard let answer else {
            let text = question.isSuperseded ? WebText.superseded.text(language) : WebText.stopped.text(language)
            return HTMLPage(language: language, title: text, body: "<p class=\"problem\">\(h(text))</p>",
                            status: question.isSuperseded ? .conflict : .serviceUnavailable).response()
        }
        return WhatIfPage.page(run, unit: unit, form: form, problems: [], warnings: whatIf.warnings, answer: answer,
                               language: language).response()
    }

    /// Saves the what-if as a new scenario of the folder: 201 with the files written, or the
    /// form with the reason beside its field (422, or 409 when a file is in the way).
    private func save(_ run: ScenarioRun, unit: ChildHealth.Unit, fields: FormFields) -> Response {
        let form = WhatIfForm.sent(fields, unit: unit, in: run.scenario, trials: run.scenario.trials)
        if case .failure(let problems) = form.edit.apply(to: run.scenario, source: "what-if") {
            return WhatIfPage.page(run, unit: unit, form: form, problems: problems.problems, warnings: [], answer: nil, language: language).response()
        }
        do {
            let files = try ScenarioSaver(folder: settings.folder).save(run, unit: unit, edit: form.edit, name: form.saveAs, on: Date())
            return WhatIfPage.page(run, unit: unit, form: form, problems: [], warnings: [], answer: nil, saved: files, status: .created,
                                   language: language).response()
        } catch {
            let problem = InputProblem(file: "what-if", line: nil, field: ScenarioSaver.nameField, message: error.message)
            return WhatIfPage.page(run, unit: unit, form: form, problems: [problem], warnings: [], answer: nil,
                                   status: error.fileExists ? .conflict : .unprocessableContent, language: language).response()
        }
    }

    private func size(_ run: ScenarioRun, unit: ChildHealth.Unit, query: String) async -> Response {
        guard let text = FormFields(query: query).value("confidence") else {
            return SizePage.page(run, unit: unit, confidence: "0.8", outcome: nil, language: language).response()
        }
        let outcome: Result<String, CommandFailure>
        if let confidence = Double(text.replacingOccurrences(of: ",", with: ".")) {
            var request = SizingRequest(confidence: confidence, workers: settings.workers)
            request.unit = unit.id
            let asked: SizingRequest = request
            let scenario: Scenario = run.scenario
            outcome = await gate.run { Self.sizing(scenario, asked) }
        } else {
            outcome = .failure(CommandFailure("--confidence: '\(text)' is not a number (allowed: 0 < x < 1)", status: 2))
        }
        return SizePage.page(run, unit: unit, confidence: text, outcome: outcome, language: language).response()
    }

    /// `bhvplan size --unit`'s table, or why the request cannot be sized.
    private static func sizing(_ scenario: Scenario, _ request: SizingRequest) -> Result<String, CommandFailure> {
        do {
            return .success(SizingSummary.render(try Sizing.advise(scenario, request: request)))
        } catch {
            return .failure(CommandFailure(error.description, status: 2))
        }
    }

    private func compare(query: String) async -> Response {
        let fields = FormFields(query: query)
        let baseName = fields.value("base") ?? "", otherName = fields.value("other") ?? ""
        guard let baseFile = folder.file(baseName), let otherFile = folder.file(otherName) else {
            return notFound(baseName + ", " + otherName)
        }
        let outcome: Result<String, CommandFailure>
        do {
            let base: Scenario = try await cache.load(baseFile)
            let other: Scenario = try await cache.load(otherFile)
            let workers: Int = settings.workers
            outcome = await gate.run { Self.comparison(base, other, workers: workers) }
        } catch {
            outcome = .failure(CommandFailure(shown(error), status: 2))
        }
        return ComparePage.page(base: baseName, other: otherName, outcome: outcome, language: language).response()
    }

    /// `bhvplan compare BASE OTHER`'s summary, or why the two cannot be compared.
    private static func comparison(_ base: Scenario, _ other: Scenario, workers: Int) -> Result<String, CommandFailure> {
        do {
            guard let comparison = try Comparison.run(base: base, others: [other], workers: workers) else {
                return .failure(CommandFailure("the comparison was stopped", status: 1))
            }
            return .success(ComparisonSummary.render(comparison))
        } catch {
            return .failure(CommandFailure(error.description, status: 2))
        }
    }

    private func download(_ run: ScenarioRun, file: String) async -> Response {
        let path: URL
        if DownloadLinks.resultFiles.contains(file) {
            path = run.folder.appendingPathComponent(file)
        } else if file == DownloadLinks.report {
            let output: URL = cache.workFolder.appendingPathComponent(run.name + "-report-" + language.rawValue)
            let source: URL = run.folder
            let language: ReportLanguage = self.language
            let built: Result<[URL], any Error> = await gate.run {
                Result { try renderReports(resultsDirectory: source, formats: [.pdf], language: language, outputDirectory: output) }
            }
            switch built {
            case .success(let files): path = files.last ?? output.appendingPathComponent(file)
            case .failure(let error):
                return HTMLPage(language: language, title: WebText.pdfMissing.text(language),
                                body: "<pre>" + h(String(describing: error)) + "</pre>", status: .serviceUnavailable).response()
            }
        } else {
            return notFound(file)
        }
        guard let data = try? Data(contentsOf: path) else { return notFound(file) }
        var headers = HTTPFields()
        headers[.contentType] = DownloadLinks.contentType(file)
        headers[.contentDisposition] = "attachment; filename=\"" + run.name + "-" + file + "\""
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }

    // MARK: - Looking up what an address names

    private func withRun(_ context: BasicRequestContext, _ body: (ScenarioRun) async -> Response) async -> Response {
        let name = context.parameters.get("scenario") ?? ""
        guard let file = folder.file(name) else { return notFound(name) }
        let run: ScenarioRun
        do {
            run = try await cache.run(name, file: file)
        } catch {
            return HTMLPage(language: language, title: WebText.loadFailed.text(language) + ": " + name,
                            body: "<pre class=\"problem\">" + h(shown(error)) + "</pre>", status: .unprocessableContent).response()
        }
        return await body(run)
    }

    private func withUnit(_ context: BasicRequestContext, _ body: (ScenarioRun, ChildHealth.Unit) async -> Response) async -> Response {
        await withRun(context) { run in
            let id = context.parameters.get("unit") ?? ""
            guard let unit = run.scenario.units.first(where: { $0.id == id }) else { return notFound(id) }
            return await body(run, unit)
        }
    }

    private func notFound(_ name: String) -> Response {
        let text = WebText.notFound.text(language)
        return HTMLPage(language: language, title: text, body: "<p class=\"problem\">" + h(text) + ": '" + h(name) + "'</p>",
                        status: .notFound).response()
    }

    /// An error's message with the scenarios folder's own path left out: the file names are enough.
    private func shown(_ error: any Error) -> String {
        let text = (error as? CommandFailure)?.message ?? String(describing: error)
        return text.replacingOccurrences(of: settings.folder.path + "/", with: "")
    }
}
