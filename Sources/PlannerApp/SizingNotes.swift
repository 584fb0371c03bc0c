import ChildHealth
import ResultFormat

/// The note of each unit's staffing advice in plain words, written from the domain's findings:
/// the change from now, or why no staffing meets the targets and what pooling would do; then
/// the doctor headcount.
struct SizingNotes {
    let report: SizingReport

    /// A probability (or an FTE, an expected count) to two decimals, as notes and summaries give it.
    static func twoDecimals(_ value: Double) -> String { NumberFormat.string((value * 100).rounded() / 100) }

    private var confidence: String { NumberFormat.string(report.request.confidence) }

    func note(_ advice: SizingAdvice) -> String {
        var notes: [String] = []
        switch advice.finding {
        case .met(let change):
            notes.append(change == 0 ? "as now in FTE"
                : "\(change > 0 ? "+" : "−")\(NumberFormat.string(SizingSplit.fte(abs(change)))) FTE against now")
        case .floorConflict(let persons, let pooling):
            notes.append(floorConflict(advice, persons: persons))
            notes.append(self.pooling(pooling))
        case .unmet(let maxPersons):
            notes.append("not met even with \(maxPersons) full-time nurses (\(failing(advice))); allow more persons with --max-persons")
        }
        notes.append(doctors(advice))
        return notes.joined(separator: ". ")
    }

    private func floorConflict(_ advice: SizingAdvice, persons: Int) -> String {
        let floor = NumberFormat.string(report.scenario.targets.newbornsPerNurse)
        if persons == 1 {
            return "infeasible: about \(NumberFormat.string(advice.newborns.rounded())) newborns a year are too few for even one nurse "
                + "to see \(floor) (P = \(Self.twoDecimals(advice.probability(.newbornsPerNurse))), needs \(confidence))"
        }
        return "infeasible: \(persons - 1) \(persons > 2 ? "nurses at full time do" : "nurse at full time does") not meet every target "
            + "(\(failing(advice))), and \(persons) nurses would see fewer than \(floor) newborns each: "
            + "the ceiling of \(NumberFormat.string(advice.ceiling)) per FTE and the floor of \(floor) per nurse cannot both be met"
    }

    /// The targets the advice's staffing misses, with their probabilities.
    private func failing(_ advice: SizingAdvice) -> String {
        advice.probabilities.filter { $0.probability < report.request.confidence }
            .map { "\($0.indicator.id) P = \(Self.twoDecimals($0.probability))" }.joined(separator: ", ")
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

    private func doctors(_ advice: SizingAdvice) -> String {
        let floor = NumberFormat.string(report.scenario.targets.newbornsPerDoctor)
        if advice.doctorProbability < report.request.confidence {
            return "doctors: even one sees fewer than \(floor) newborns (P = \(Self.twoDecimals(advice.doctorProbability))): "
                + "share a doctor with a neighbouring unit (now \(advice.currentDoctors))"
        }
        return "doctors: at most \(advice.advisedDoctors) keep ≥ \(floor) newborns each (now \(advice.currentDoctors))"
    }
}
