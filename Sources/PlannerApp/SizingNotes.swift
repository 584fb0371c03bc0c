import ChildHealth
import ResultFormat

/// The note of each unit's staffing advice in plain words, written from the domain's findings:
/// the change from now and what another number of persons would need, or why no staffing meets
/// the targets and what pooling would do; what each year needs; then the doctor headcount.
struct SizingNotes {
    let report: SizingReport

    /// A probability (or an FTE, an expected count) to two decimals, as notes and summaries give it.
    static func twoDecimals(_ value: Double) -> String { NumberFormat.string((value * 100).rounded() / 100) }

    /// An FTE always with two decimals ("2.00"), so that FTE compared in one sentence line up.
    static func fte(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
    }

    private var confidence: String { NumberFormat.string(report.request.confidence) }
    private var personCost: String { NumberFormat.string(report.request.personCostFTE) }

    func note(_ advice: SizingAdvice) -> String {
        var notes: [String] = []
        switch advice.finding {
        case .met(let change):
            notes.append(change == 0 ? "as now in FTE"
                : "\(change > 0 ? "+" : "−")\(NumberFormat.string(SizingSplit.fte(abs(change)))) FTE against now")
            notes += personTradeOff(advice)
        case .floorConflict(let persons, let pooling):
            notes.append(floorConflict(advice, persons: persons))
            notes.append(self.pooling(pooling))
        case .unmet(let maxPersons):
            notes.append("not met even with \(maxPersons) full-time nurses (\(failing(advice.probabilities))); allow more persons with --max-persons")
        }
        if let years = yearByYear(advice) { notes.append(years) }
        notes.append(doctors(advice.doctors))
        return notes.joined(separator: ". ")
    }

    /// The note of a trade-off row that is not the advice.
    func rowNote(_ option: StaffingOption, of advice: SizingAdvice) -> String {
        switch option.limit {
        case .belowFloor:
            return "\(option.persons) nurses would see fewer than \(NumberFormat.string(report.scenario.targets.newbornsPerNurse)) "
                + "newborns each (P = \(Self.probability(option.probability(.newbornsPerNurse), confidence: report.request.confidence)))"
        case .unmetAtFullTime:
            return "not met even at full time (\(failing(option.probabilities)))"
        case .met:
            guard let advised = advice.advised, let fte = option.fte, let advisedFTE = advised.fte else { return "" }
            let difference = SizingSplit.fte(option.steps! - advised.steps!)
            let against = difference == 0 ? "the same FTE as"
                : "\(Self.fte(abs(difference))) FTE \(difference > 0 ? "more" : "less") than"
            return "\(Self.fte(fte)) FTE: \(against) the advice of \(advised.persons) (\(Self.fte(advisedFTE)) FTE)"
        }
    }

    /// What the persons not advised would change: a larger number that needs less FTE, or the
    /// fewer persons the advice passed over because the extra ones save more than they cost.
    private func personTradeOff(_ advice: SizingAdvice) -> [String] {
        guard let advised = advice.advised, let steps = advised.steps else { return [] }
        var notes: [String] = []
        let cost = "the \(personCost) FTE an extra person is taken to cost (assumption, --person-cost-fte)"
        if let fewer = advice.options.first(where: { $0.feasible && $0.persons < advised.persons }) {
            let saving = SizingSplit.fte(fewer.steps! - steps)
            let extra = advised.persons - fewer.persons
            let who = extra == 1 ? "the \(Self.ordinal(advised.persons)) person" : "the \(extra) extra persons"
            notes.append("\(fewer.persons) \(fewer.persons == 1 ? "person needs" : "persons need") \(Self.fte(fewer.fte!)) FTE: "
                + "\(who) \(extra == 1 ? "saves" : "save") \(Self.fte(saving)) FTE, more than \(cost)")
        } else if advised.persons > 1 {
            // Fewer persons are not met even at full time (a failed floor would fail the advice too).
            let fewer = advice.options[advised.persons - 2]
            // More FTE than fewer persons can work needs the person; otherwise it buys cover.
            let buys = steps > 20 * fewer.persons ? "the FTE needs a \(Self.ordinal(advised.persons)) person"
                : "the \(Self.ordinal(advised.persons)) person spreads the vacancy risk"
            notes.append("\(fewer.persons) \(fewer.persons == 1 ? "nurse does" : "nurses do") not meet every target even at full time "
                + "(\(failing(fewer.probabilities))): \(buys)")
        }
        let more = advice.options.filter { $0.feasible && $0.persons > advised.persons }
        if let least = more.min(by: { ($0.steps!, $0.persons) < ($1.steps!, $1.persons) }), least.steps! < steps {
            let saving = SizingSplit.fte(steps - least.steps!)
            let extra = least.persons - advised.persons
            let who = extra == 1 ? "the \(Self.ordinal(least.persons)) person would spread the vacancy risk but saves"
                : "the \(extra) extra persons would spread the vacancy risk but save"
            notes.append("\(least.persons) persons need \(Self.fte(least.fte!)) FTE, \(advised.persons) "
                + "\(advised.persons == 1 ? "person" : "persons") \(Self.fte(advised.fte!)): "
                + "\(who) only \(Self.fte(saving)) FTE, not more than \(cost)")
        }
        return notes
    }

    /// Each year's own need, when more than one year is sized for, and the years it changes in.
    private func yearByYear(_ advice: SizingAdvice) -> String? {
        guard advice.needs.count > 1 else { return nil }
        func text(_ need: YearNeed) -> String {
            guard let option = need.option else { return "\(need.year) infeasible" }
            return "\(need.year) \(Self.fte(option.fte!)) FTE in \(option.persons)"
        }
        let changes = zip(advice.needs, advice.needs.dropFirst()).filter { $0.option != $1.option }.map { "\($1.year)" }
        let when = changes.isEmpty ? "the same in every year" : "the need changes in \(changes.joined(separator: " and "))"
        return "each year alone: \(advice.needs.map(text).joined(separator: ", ")): \(when)"
    }

    static func ordinal(_ number: Int) -> String {
        let words = [2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth", 9: "ninth"]
        return words[number] ?? "\(number)th"
    }

    private func floorConflict(_ advice: SizingAdvice, persons: Int) -> String {
        let floor = NumberFormat.string(report.scenario.targets.newbornsPerNurse)
        if persons == 1 {
            return "infeasible: about \(NumberFormat.string(advice.newborns.rounded())) newborns a year are too few for even one nurse "
                + "to see \(floor) (P = \(Self.probability(advice.probability(.newbornsPerNurse), confidence: report.request.confidence)), needs \(confidence))"
        }
        return "infeasible: \(persons - 1) \(persons > 2 ? "nurses at full time do" : "nurse at full time does") not meet every target "
            + "(\(failing(advice.probabilities))), and \(persons) nurses would see fewer than \(floor) newborns each: "
            + "the ceiling of \(NumberFormat.string(advice.ceiling)) per FTE and the floor of \(floor) per nurse cannot both be met"
    }

    /// The targets missed, with their probabilities.
    private func failing(_ probabilities: [TargetProbability]) -> String {
        probabilities.filter { $0.probability < report.request.confidence }
            .map { "\($0.indicator.id) P = \(Self.probability($0.probability, confidence: report.request.confidence))" }
            .joined(separator: ", ")
    }

    /// A probability to two decimals, or three where two would round a miss up to the confidence
    /// (0.795 against 0.8).
    static func probability(_ value: Double, confidence: Double) -> String {
        let two = twoDecimals(value)
        guard value < confidence, (value * 100).rounded() / 100 >= confidence else { return two }
        return NumberFormat.string((value * 1000).rounded(.down) / 1000)
    }

    private func pooling(_ finding: PoolingFinding) -> String {
        switch finding {
        case .noNeighbour(let municipality):
            return "no other unit in \(municipality) to pool with"
        case .noneMeets(let municipality):
            return "pooling with any one unit in \(municipality) would not meet every target either"
        case .pooled(let pooled):
            let probabilities = pooled.probabilities.map { "\($0.indicator.id) \(Self.twoDecimals($0.probability))" }
            return "pooled with \(pooled.neighbour) (the smallest unit in \(pooled.municipality) that makes it feasible), "
                + "a joint unit of about \(NumberFormat.string(pooled.newborns.rounded())) newborns (ceiling \(NumberFormat.string(pooled.ceiling))) "
                + "meets every target with \(NumberFormat.string(pooled.fte)) FTE "
                + "as \(FieldValue.fractions(pooled.fractions).csvText) (\(probabilities.joined(separator: ", "))); "
                + "the two units have \(NumberFormat.string(pooled.currentFTE)) FTE in \(pooled.currentNurses) nurses now"
        }
    }

    private func doctors(_ doctors: DoctorAdvice) -> String {
        let floor = NumberFormat.string(report.scenario.targets.newbornsPerDoctor)
        let request = report.request
        let fraction = Self.twoDecimals(doctors.fraction)
        let hours = "\(NumberFormat.string(doctors.hoursNeeded.rounded())) doctor hours a year "
            + "(\(NumberFormat.string(request.doctorVisitsPerNewborn)) visits per newborn in year 1 at "
            + "\(NumberFormat.string(request.doctorHoursPerVisit)) h each, hours per visit an assumption)"
        if doctors.most == 0 {
            let share = doctors.shareWith.map { "share a doctor with \($0)" }
                ?? "no one unit in the municipality is large enough to share a doctor with"
            return "doctors: even one sees fewer than \(floor) newborns (P = \(Self.probability(doctors.probability, confidence: request.confidence))): "
                + "\(share) (now \(doctors.current))"
        }
        let most = "at most \(doctors.most) keep ≥ \(floor) newborns each (P = \(Self.twoDecimals(doctors.probability)))"
        guard doctors.hasRange else {
            let needed = doctors.hoursNeeded / (Double(doctors.most) * doctors.hoursPerDoctor / doctors.fraction)
            let larger = SizingSplit.fte(max(1, Int((needed / SizingSplit.step - 1e-9).rounded(.up))))
            return "doctors: \(hours) need \(doctors.fewest) at \(fraction), but \(most): "
                + "\(doctors.most) at \(NumberFormat.string(larger)) or more would do both (now \(doctors.current))"
        }
        let range = doctors.fewest == doctors.most ? "\(doctors.most)" : "\(doctors.fewest)–\(doctors.most)"
        return "doctors: \(range) at \(fraction) (now \(doctors.current)): \(doctors.fewest) \(doctors.fewest == 1 ? "covers" : "cover") "
            + "\(hours), \(most)"
    }
}
