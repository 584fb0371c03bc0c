import ResultFormat

/// The language of a report's labels and headings. Swedish is the default: the users are
/// Swedish planners. Every ``ReportLabel`` has both languages, checked by the compiler.
public enum ReportLanguage: String, CaseIterable, Sendable {
    case sv
    case en

    /// The text of `label` in this language.
    public func text(_ label: ReportLabel) -> String {
        let (sv, en) = label.translations
        return self == .sv ? sv : en
    }

    /// The display name of an indicator id; unknown ids are shown as they are.
    public func indicatorName(_ indicator: String) -> String {
        if indicator.hasPrefix(IndicatorID.unitsMeetingPrefix) {
            let counted = indicatorName(String(indicator.dropFirst(IndicatorID.unitsMeetingPrefix.count)))
            return self == .sv ? "Enheter som når målet: \(counted)" : "Units meeting the target: \(counted)"
        }
        let names: (String, String)
        switch indicator {
        case "newborns": names = ("Nyfödda", "Newborns")
        case "newborns_per_nurse_fte": names = ("Nyfödda per heltidstjänst", "Newborns per nurse FTE")
        case "newborns_per_nurse": names = ("Nyfödda per sjuksköterska (person)", "Newborns per nurse (person)")
        case "newborns_per_doctor": names = ("Nyfödda per läkare (person)", "Newborns per doctor (person)")
        case "nurse_fte_available": names = ("Tillgängliga heltidstjänster, sjuksköterska", "Nurse FTE available")
        case "nurse_utilisation": names = ("Sjuksköterskornas beläggning", "Nurse utilisation")
        case "first_home_visit": names = ("Första hembesök", "First home visit")
        case "eight_month_home_visit": names = ("8-månaders hembesök", "8-month home visit")
        case "parent_group": names = ("Föräldragrupp", "Parent group")
        case "epds": names = ("EPDS-samtal", "EPDS talk")
        case "partner_talk": names = ("Enskilt samtal med icke födande förälder", "Individual talk with the non-birthing parent")
        case "ext_offered": names = ("Utökat hembesöksprogram: erbjudna", "Extended home-visit programme: offered")
        case "ext_reached": names = ("Utökat hembesöksprogram: nådda", "Extended home-visit programme: reached")
        case "ext_declined": names = ("Utökat hembesöksprogram: avböjt", "Extended home-visit programme: declined")
        case "ext_not_offered": names = ("Utökat hembesöksprogram: ej erbjudna", "Extended home-visit programme: not offered")
        case "ext_dropped_out": names = ("Utökat hembesöksprogram: avbrutit", "Extended home-visit programme: dropped out")
        case "ext_in_programme": names = ("Utökat hembesöksprogram: kvar i programmet 31/12", "Extended home-visit programme: in the programme on 31 Dec")
        case "ext_visits_missed": names = ("Utökat hembesöksprogram: besök som inte hanns med", "Extended home-visit programme: visits missed")
        case "barn_hlr": names = ("Barn-HLR: andel som deltagit", "Child CPR training: share who took part")
        case "hlr_not_offered": names = ("Barn-HLR: ej erbjudna", "Child CPR training: not offered")
        case "hlr_offered": names = ("Barn-HLR: erbjudna", "Child CPR training: offered")
        case "hlr_took_part": names = ("Barn-HLR: deltagit", "Child CPR training: took part")
        case "hlr_declined": names = ("Barn-HLR: avböjt", "Child CPR training: declined")
        case "hlr_partner": names = ("Barn-HLR: genomfört hos samverkanspart", "Child CPR training: done with a partner organisation")
        case let visit where visit.hasPrefix("ext_visit_"):
            let number = visit.dropFirst("ext_visit_".count)
            names = ("Utökat hembesöksprogram: besök \(number) gjorda", "Extended home-visit programme: visit \(number) made")
        default: return indicator
        }
        return self == .sv ? names.0 : names.1
    }

    /// The sentence saying which scenario's numbers are subtracted from which.
    func comparisonIntro(base: String, other: String) -> String {
        switch self {
        case .sv:
            return "Skillnad = \(other) minus \(base), beräknad med samma slumptal (födslar, frånvaro) i båda scenarierna. "
                + "P5–P95 är skillnadens 90-procentsintervall. Regionen visas helt; för enheterna visas de mål "
                + "som påverkas, och enheter där inget ändras utelämnas (alla rader finns i comparison.csv)."
        case .en:
            return "Difference = \(other) minus \(base), computed on the same random numbers (births, absence) in both scenarios. "
                + "P5–P95 is the 90% interval of the difference. The region is shown in full; for the units, the targets "
                + "that change are shown and units where nothing changes are left out (comparison.csv has every row)."
        }
    }

    /// The heading line under the title: scenario name.
    func scenarioLine(_ scenario: String) -> String {
        "\(text(.scenario)): \(scenario)"
    }
}
