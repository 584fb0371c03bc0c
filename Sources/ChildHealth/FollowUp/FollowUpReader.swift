/// Reads the follow-up's CSV files (either dialect, UTF-8 or Windows-1252), checking every row and
/// reporting every problem with its file, line, field and what is allowed.
public enum FollowUpReader {
    static let registrationColumns = ["child", "born", "date", "code"]
    static let optionalRegistrationColumns = ["unit"]
    static let connectionColumns = ["child", "unit", "from", "to"]
    static let staffingColumns = ["unit", "year", "nurse_fte", "nurse_persons", "doctor_persons"]
    static let optionalStaffingColumns = ["cni"]
    private static let kind = "a CSV file with a header row"

    /// Reads the registrations extracts, and the connections and staffing files where given.
    public static func read(registrations: [String], connections: String?, staffing: String?) throws(InputProblems) -> FollowUpExtract {
        let log = ProblemLog()
        var extract = FollowUpExtract(registrations: [])
        for path in registrations {
            if let table = table(path, required: registrationColumns, optional: optionalRegistrationColumns, log: log) {
                extract.registrations += table.rows.compactMap { registration($0, file: path, log: log) }
            }
        }
        if let path = connections, let table = table(path, required: connectionColumns, log: log) {
            for row in table.rows {
                guard let connection = connection(row, file: path, log: log) else { continue }
                if let other = extract.connections.first(where: { $0.child == connection.child && overlap($0, connection) }) {
                    log.report(path, row.line, "from", "child \(quoted(connection.child)) would be connected to \(quoted(other.unit)) and "
                               + "\(quoted(connection.unit)) at once from \(max(other.from, connection.from)) (allowed: one unit at a time)")
                }
                extract.connections.append(connection)
            }
        }
        if let path = staffing, let table = table(path, required: staffingColumns, optional: optionalStaffingColumns, log: log) {
            for row in table.rows {
                guard let report = report(row, file: path, log: log) else { continue }
                if extract.staffing.contains(where: { $0.unit == report.unit && $0.year == report.year }) {
                    log.report(path, row.line, "year", "unit \(quoted(report.unit)) has another row for \(report.year) (allowed: one row per unit and year)")
                }
                extract.staffing.append(report)
            }
        }
        checkRegistrations(extract.registrations, log: log)
        guard log.isEmpty else { throw InputProblems(log.problems) }
        return extract
    }

    private static func table(_ path: String, required: [String], optional: [String] = [], log: ProblemLog) -> CSVTable? {
        switch InputFile.csvText(at: path, kind: kind) {
        case .failure(let problem):
            log.append(problem)
            return nil
        case .success(let (text, _)):
            return CSVTable(text: text, file: path, required: required, optional: optional, log: log)
        }
    }

    private static func registration(_ row: CSVTable.Row, file: String, log: ProblemLog) -> Registration? {
        let child = label(row, "child", file: file, log: log)
        let born = month(row, "born", file: file, log: log)
        let date = day(row, "date", file: file, log: log)
        let code = label(row, "code", file: file, log: log)
        var unit: String?
        if let text = row.values["unit"], !text.isEmpty { unit = label(row, "unit", file: file, log: log) }
        guard let child, let born, let date, let code, row.values["unit"]?.isEmpty ?? true || unit != nil else { return nil }
        if YearMonth(year: date.year, month: date.month) < born {
            log.report(file, row.line, "date", "\(date) is before the child was born (\(born)) (allowed: a date in or after the month of birth)")
            return nil
        }
        return Registration(child: child, born: born, date: date, code: code, unitOnNewYearsEve: unit, file: file, line: row.line)
    }

    private static func connection(_ row: CSVTable.Row, file: String, log: ProblemLog) -> Connection? {
        let child = label(row, "child", file: file, log: log)
        let unit = label(row, "unit", file: file, log: log)
        let from = day(row, "from", file: file, log: log)
        let still = row.values["to"]?.isEmpty ?? true
        let to = still ? nil : day(row, "to", file: file, log: log)
        guard let child, let unit, let from, still || to != nil else { return nil }
        if let to, to < from {
            log.report(file, row.line, "to", "\(to) is before from (\(from)) (allowed: a day on or after from, or empty while still connected)")
            return nil
        }
        return Connection(child: child, unit: unit, from: from, to: to)
    }

    private static func report(_ row: CSVTable.Row, file: String, log: ProblemLog) -> StaffingReport? {
        let unit = label(row, "unit", file: file, log: log)
        let year = integer(row, "year", in: 1900...2200, file: file, log: log)
        let fte = NumberRange.nonNegative.check(row.values["nurse_fte"] ?? "", file: file, line: row.line, field: "nurse_fte", log: log)
        let nurses = integer(row, "nurse_persons", in: 0...10_000, file: file, log: log)
        let doctors = integer(row, "doctor_persons", in: 0...10_000, file: file, log: log)
        var cni: Double?
        if let text = row.values["cni"], !text.isEmpty {
            cni = NumberRange.positive.check(text, file: file, line: row.line, field: "cni", log: log)
            if cni == nil { return nil }
        }
        guard let unit, let year, let fte, let nurses, let doctors else { return nil }
        return StaffingReport(unit: unit, year: year, nurseFTE: fte, nursePersons: nurses, doctorPersons: doctors, cni: cni)
    }

    /// One birth month per child, and one unit per child on each 31 December.
    private static func checkRegistrations(_ registrations: [Registration], log: ProblemLog) {
        var born: [String: Registration] = [:]
        var units: [String: Registration] = [:]
        for registration in registrations {
            if let first = born[registration.child], first.born != registration.born {
                log.report(registration.file, registration.line, "born", "\(registration.born) differs from \(first.born) at "
                           + "\(first.file):\(first.line) for child \(quoted(registration.child)) (allowed: one birth month per child)")
            } else if born[registration.child] == nil {
                born[registration.child] = registration
            }
            guard let unit = registration.unitOnNewYearsEve else { continue }
            let key = "\(registration.child)\u{0}\(registration.date.year)"
            if let first = units[key], let firstUnit = first.unitOnNewYearsEve, firstUnit != unit {
                log.report(registration.file, registration.line, "unit", "\(quoted(unit)) differs from \(quoted(firstUnit)) at "
                           + "\(first.file):\(first.line) for child \(quoted(registration.child)) in \(registration.date.year) "
                           + "(allowed: the one unit the child was connected to on 31 December of the registration's year)")
            } else if units[key] == nil {
                units[key] = registration
            }
        }
    }

    private static func overlap(_ a: Connection, _ b: Connection) -> Bool {
        a.from <= (b.to ?? .newYearsEve(9999)) && b.from <= (a.to ?? .newYearsEve(9999))
    }

    private static func label(_ row: CSVTable.Row, _ column: String, file: String, log: ProblemLog) -> String? {
        let text = row.values[column] ?? ""
        guard !text.isEmpty else {
            log.report(file, row.line, column, "is empty (allowed: a non-empty text)")
            return nil
        }
        if let problem = controlCharacterProblem(text) {
            log.report(file, row.line, column, problem)
            return nil
        }
        return text
    }

    private static func month(_ row: CSVTable.Row, _ column: String, file: String, log: ProblemLog) -> YearMonth? {
        let text = row.values[column] ?? ""
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2, let year = Int(parts[0]), let month = Int(parts[1]),
              (1900...2200).contains(year), (1...12).contains(month)
        else {
            log.report(file, row.line, column, "\(quoted(text)) is not a year and month (allowed: YYYY-MM, e.g. 2024-03)")
            return nil
        }
        return YearMonth(year: year, month: month)
    }

    private static func day(_ row: CSVTable.Row, _ column: String, file: String, log: ProblemLog) -> CalendarDay? {
        let text = row.values[column] ?? ""
        guard let day = CalendarDay(text), (1900...2200).contains(day.year) else {
            log.report(file, row.line, column, "\(quoted(text)) is not a date (allowed: YYYY-MM-DD, e.g. 2024-03-15)")
            return nil
        }
        return day
    }

    private static func integer(_ row: CSVTable.Row, _ column: String, in range: ClosedRange<Int>, file: String, log: ProblemLog) -> Int? {
        let text = row.values[column] ?? ""
        guard let value = Int(text), range.contains(value) else {
            log.report(file, row.line, column, "\(quoted(text)) is not a whole number in range (allowed: \(range.lowerBound)–\(range.upperBound))")
            return nil
        }
        return value
    }
}
