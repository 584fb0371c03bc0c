import ResultFormat

/// The sentence a planner reads for one row of `attribution.csv`: how often the unit misses the
/// target, which drivers explain how much of it, and how much no single driver explains.
public enum AttributionSentence {
    /// "VXJ-ARABY 2027, first home visit missed in 96% of trials; vacancies explain 30%, births
    /// above expectation 12%; in 58% no single driver explains it: the unit falls short whatever
    /// happens, and +0.5 FTE (from bhvplan size) is needed."
    /// `unitName` names the unit instead of its id (a report's "BVC Araby (Växjö)").
    public static func text(_ row: AttributionRow, language: ReportLanguage, unitName: String? = nil) -> String {
        let sv = language == .sv
        func percent(_ share: Double) -> String { "\(Int((share * 100).rounded()))\(sv ? "\u{00A0}%" : "%")" }
        let indicator = language.indicatorName(row.indicator)
        let name = indicator.lowercasedFirst
        var text = sv
            ? "\(unitName ?? row.unit) \(row.year), \(name) missas i \(percent(1 - row.pMeet)) av simuleringarna"
            : "\(unitName ?? row.unit) \(row.year), \(name) missed in \(percent(1 - row.pMeet)) of trials"
        let drivers = AttributionRow.driverColumns
            .compactMap { column in row.share(column).map { (column, $0) } }
            .filter { (($0.1) * 100).rounded() > 0 }
            .sorted { $0.1 > $1.1 }
        if !drivers.isEmpty {
            let parts = drivers.enumerated().map { index, driver in
                index == 0
                    ? "\(label(driver.0, language)) \(sv ? "förklarar" : "explain") \(percent(driver.1))"
                    : "\(label(driver.0, language)) \(percent(driver.1))"
            }
            text += "; " + parts.joined(separator: ", ")
        }
        if (row.unexplained * 100).rounded() > 0 {
            text += sv
                ? "; i \(percent(row.unexplained)) förklarar ingen enskild orsak missen: enheten räcker inte till vad som än händer"
                : "; in \(percent(row.unexplained)) no single driver explains it: the unit falls short whatever happens"
            text += sizing(row, language)
        }
        return text + "."
    }

    /// What `bhvplan size` advises for the unit's targets in the year that fall short whatever
    /// happens, as the row holds it: ", and +0.5 FTE (from bhvplan size) is needed", or that not
    /// even the most persons at full time meet this one; empty when the row has no sizing.
    static func sizing(_ row: AttributionRow, _ language: ReportLanguage) -> String {
        let sv = language == .sv
        if let persons = row.unmetWithPersons {
            return sv ? ", och målet nås inte ens med \(persons) personer på heltid (bhvplan size)"
                : ", and it is not met at full time with \(persons) persons (bhvplan size)"
        }
        guard let change = row.fteNeeded else { return "" }
        let hundredths = (change * 100).rounded()
        let fte = language.number(abs(hundredths) / 100)
        let posts = abs(hundredths) > 100 ? "heltidstjänster" : "heltidstjänst"
        if hundredths > 0 {
            return sv ? ", och +\(fte) \(posts) (från bhvplan size) behövs" : ", and +\(fte) FTE (from bhvplan size) is needed"
        }
        if hundredths == 0 {
            return sv ? ", och bhvplan size når målet med dagens tjänster fördelade på annat sätt mellan personerna"
                : ", and bhvplan size meets it with today's FTE split otherwise between persons"
        }
        return sv ? ", och bhvplan size når målet med \(fte) \(posts) mindre, fördelat på annat sätt mellan personerna"
            : ", and bhvplan size meets it with \(fte) FTE less, split otherwise between persons"
    }

    /// A driver's name in a sentence.
    static func label(_ driver: AttributionRow.Column, _ language: ReportLanguage) -> String {
        let names: (String, String) = switch driver {
        case .births: ("fler födslar än väntat", "births above expectation")
        case .vacancies: ("vakanser", "vacancies")
        case .sickLeave: ("sjukfrånvaro över medel", "sick leave above its mean")
        case .vacationPeak: ("semestertoppen på sommaren", "the summer vacation peak")
        case .longLeave: ("långa ledigheter", "long leave")
        default: (driver.rawValue, driver.rawValue)
        }
        return language == .sv ? names.0 : names.1
    }
}

private extension String {
    /// The text with its first letter in lower case, for a name inside a sentence; an
    /// abbreviation (EPDS) keeps its capitals.
    var lowercasedFirst: String {
        guard let second = dropFirst().first, second.isLowercase else { return self }
        return prefix(1).lowercased() + dropFirst()
    }
}
