import Foundation
import ChildHealth

/// The what-if form of a unit as sent: its fields are named as ``UnitEdit`` names problems
/// (`staff[1].fraction`, `newborns_per_year`, `cni`, `programme_offer_rate`), so each message
/// lands beside its field; and the trials, at most the server's cap.
struct WhatIfForm {
    var edit: UnitEdit
    var trials: String
    /// The name to save the what-if under as a new scenario (``ScenarioSaver``).
    var saveAs = ""
    /// Whether the person pressed the button (a first visit shows the unit as it is).
    var submitted: Bool

    /// The form showing `unit` as `scenario` has it, with one empty row for a new person.
    init(unit: ChildHealth.Unit, in scenario: Scenario, trials: Int) {
        edit = UnitEdit(unit: unit, in: scenario)
        edit.staff.append(.init(id: "", role: Person.Role.nurse.rawValue, fraction: ""))
        self.trials = String(trials)
        submitted = false
    }

    /// The form as sent in `fields`; the unit as it is when nothing was sent.
    static func sent(_ fields: FormFields, unit: ChildHealth.Unit, in scenario: Scenario, trials: Int) -> WhatIfForm {
        var form = WhatIfForm(unit: unit, in: scenario, trials: trials)
        guard let cni = fields.value("cni") else { return form }
        var staff: [UnitEdit.StaffEntry] = []
        var row = 0
        while fields.value(UnitEdit.staffField(row, "id")) != nil || fields.value(UnitEdit.staffField(row, "fraction")) != nil {
            let field = { (column: String) in fields.value(UnitEdit.staffField(row, column)) ?? "" }
            staff.append(.init(id: field("id"), role: field("role"), fraction: decimal(field("fraction")), removed: !field("remove").isEmpty))
            row += 1
        }
        form.edit = UnitEdit(unit: unit.id, staff: staff, newbornsPerYear: decimal(fields.value("newborns_per_year") ?? ""), cni: decimal(cni),
                             programme: fields.value(Self.programmeField) != nil,
                             offerRate: decimal(fields.value(UnitEdit.offerRateField) ?? ""))
        form.trials = fields.value("trials") ?? String(trials)
        form.saveAs = fields.value(ScenarioSaver.nameField) ?? ""
        form.submitted = true
        return form
    }

    /// The hidden fields that tell a page's questions apart (``WhatIfQuestions``): the form, made
    /// when the page is served, and the number of the question, counted up by the page's script.
    static let formIDField = "form_id"
    static let sequenceField = "sequence"

    /// The check box of the extended home-visit programme (sent only when ticked).
    static let programmeField = "programme"

    /// A number as a Swedish manager may type it, `0,8`, as the files write it, `0.8`.
    private static func decimal(_ text: String) -> String { text.replacingOccurrences(of: ",", with: ".") }

    /// The trials asked for, or the problem with them (the field `trials`).
    func trialCount(cap: Int) -> Result<Int, InputProblem> {
        let text = trials.trimmingCharacters(in: .whitespaces)
        if let count = Int(text), (1...cap).contains(count) { return .success(count) }
        return .failure(InputProblem(file: "what-if", line: nil, field: "trials",
                                     message: "'\(text)' is not allowed (allowed: a whole number from 1 to \(cap), the server's cap)"))
    }
}
