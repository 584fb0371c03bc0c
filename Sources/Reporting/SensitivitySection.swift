import Foundation
import ResultFormat

extension ReportDocumentBuilder {
    /// The tornado of `sensitivity.csv` and a sentence per row of `attribution.csv`, when the
    /// folder holds them (`bhvplan sensitivity --out`).
    func sensitivitySection() -> ReportDocument.Section? {
        let tornadoRows = results.sensitivity ?? []
        let attribution = results.attribution ?? []
        guard !tornadoRows.isEmpty || results.attribution != nil else { return nil }
        let sv = language == .sv
        var blocks: [ReportDocument.Block] = []
        if let first = tornadoRows.first {
            let hasTarget = first.basePMeet != nil
            let place = first.unit == RegionUnit.id ? t(.region) : unitLabel(first.unit)
            let indicator = language.indicatorName(first.indicator)
            let now = first.basePMeet ?? first.baseMean
            blocks.append(.paragraph(sv
                ? "\(indicator), \(place) \(first.year): \(hasTarget ? "sannolikheten att nå målet" : "medelvärdet") är \(language.number(Self.readable(now))) med antagandena som de är. "
                    + "Stapeln visar hur den ändras när ett antagande i taget sätts till den låga (blå) eller höga (orange) änden av sitt intervall, "
                    + "med samma slumptal (födslar, frånvaro) som i grundfallet. Intervallen kommer från scenariot, från en källa, "
                    + "eller är ±20 % (ett antagande); tabellen anger vilket."
                : "\(indicator), \(place) \(first.year): the \(hasTarget ? "probability of meeting the target" : "mean") is \(language.number(Self.readable(now))) with the assumptions as they are. "
                    + "Each bar shows how it changes when one assumption at a time is set to the low (blue) or the high (orange) end of its range, "
                    + "on the same random numbers (births, absence) as the base. The ranges come from the scenario, from a source, "
                    + "or are ±20% (an assumption); the table says which."))
            let moving = tornadoRows.filter { $0.swing > 0 }
            if !moving.isEmpty {
                blocks.append(.tornado(Tornado(
                    title: "\(indicator), \(place) \(first.year)",
                    axisLabel: hasTarget ? (sv ? "ändring av sannolikheten att nå målet" : "change in the probability of meeting the target")
                        : (sv ? "ändring av medelvärdet" : "change in the mean"),
                    lowLabel: sv ? "låg ände" : "low end", highLabel: sv ? "hög ände" : "high end",
                    bars: moving.prefix(Tornado.mostBars).map { row in
                        Tornado.Bar(label: "\(row.assumption) \(language.number(Self.readable(row.low)))–\(language.number(Self.readable(row.high)))",
                                    low: hasTarget ? row.deltaPMeetLow ?? 0 : row.lowMean - row.baseMean,
                                    high: hasTarget ? row.deltaPMeetHigh ?? 0 : row.highMean - row.baseMean)
                    })))
            }
            blocks.append(.table(tornadoTable(tornadoRows, hasTarget: hasTarget)))
        }
        blocks.append(.subheading(sv ? "Varför målen missas" : "Why targets are missed"))
        if attribution.isEmpty {
            blocks.append(.paragraph(sv ? "Inget mål missas oftare än konfidensen tillåter." : "No target is missed more often than the confidence allows."))
        } else {
            blocks.append(.paragraph(sv
                ? "Varje missad simulering körs om med samma slumptal utan en orsak i taget: födslar som förväntat, inga vakanser, "
                    + "sjukfrånvaro på sitt medel, ingen semestertopp på sommaren, inga långa ledigheter. En orsak förklarar missen om målet då nås; "
                    + "två orsaker kan förklara samma miss. Resten räcker enheten inte till för vad som än händer: då behövs fler timmar. "
                    + "Hur många sjukskötersketjänster enheten behöver jämfört med i dag för att nå alla sådana mål under året "
                    + "säger bemanningsrådet (bhvplan size), med samma simuleringar och säkerhet; ett mål som inte ens flest personer "
                    + "på heltid når sägs för sig."
                : "Each missed trial is re-run on the same random numbers without one driver at a time: births as expected, no vacancies, "
                    + "sick leave at its mean, no summer vacation peak, no long leave. A driver explains a miss when the target is then met; "
                    + "two drivers may explain the same miss. In the rest the unit falls short whatever happens: it needs more hours. "
                    + "How much nurse FTE the unit needs against today to meet all such targets in the year comes from the "
                    + "staffing advice (bhvplan size), with the same trials and confidence; a target not even the most persons "
                    + "at full time meet is named on its own."))
            for row in attribution {
                blocks.append(.paragraph(AttributionSentence.text(row, language: language, unitName: unitLabel(row.unit))))
            }
        }
        return .init(title: sv ? "Känslighet och varför målen missas" : "Sensitivity and why targets are missed", blocks: blocks)
    }

    /// Every assumption with its range, where the range comes from, and the probability (or
    /// mean) at either end.
    private func tornadoTable(_ rows: [SensitivityRow], hasTarget: Bool) -> ReportTable {
        let sv = language == .sv
        let at = hasTarget ? (sv ? "P vid" : "P at") : (sv ? "medel vid" : "mean at")
        return ReportTable(
            caption: sv ? "Antagandenas intervall och effekt" : "The assumptions' ranges and effect",
            columns: [
                .init(title: sv ? "Antagande" : "Assumption", kind: .text),
                .init(title: t(.value), kind: .number),
                .init(title: sv ? "Intervall" : "Range", kind: .range),
                .init(title: "\(at) \(sv ? "låg" : "low")", kind: .number),
                .init(title: "\(at) \(sv ? "hög" : "high")", kind: .number),
                .init(title: sv ? "Ursprung" : "Origin", kind: .wrapped(fraction: 0.15)),
            ],
            rows: rows.map { row in
                .cells([.text(row.assumption), number(row.value), .range(Self.readable(row.low), Self.readable(row.high)),
                        number(hasTarget ? row.lowPMeet : row.lowMean), number(hasTarget ? row.highPMeet : row.highMean),
                        .text(origin(row.rangeOrigin))])
            },
            compact: true)
    }

    private func number(_ value: Double?) -> ReportTable.Cell { value.map { .number(Self.readable($0), marks: []) } ?? .empty }

    /// A value as a planner reads it here: one decimal from 10 up (1497.6 hours), three
    /// significant digits below (a probability of 35 in 300 trials is 0.117, not 0.116667; a range
    /// end 0.0512, not 0.0512055); sensitivity.csv keeps every digit.
    static func readable(_ value: Double) -> Double {
        guard value != 0, value.isFinite else { return value }
        if abs(value) >= 10 { return (value * 10).rounded() / 10 }
        let scale = pow(10, 2 - floor(log10(abs(value))))
        return (value * scale).rounded() / scale
    }

    /// A range's origin as `sensitivity.csv` gives it, in the report's language.
    private func origin(_ text: String) -> String {
        guard language == .sv else { return text }
        if text == "set in the scenario" { return "angivet i scenariot" }
        if text.hasPrefix("source: ") { return "källa: " + text.dropFirst("source: ".count) }
        if text.hasPrefix("assumption: ") { return "antagande: " + text.dropFirst("assumption: ".count).replacingOccurrences(of: "%", with: "\u{00A0}%") }
        return text
    }
}
