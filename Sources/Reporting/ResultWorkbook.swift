import ResultFormat
import Spreadsheet

/// The Excel workbooks `--format xlsx` writes into a result set beside its CSV files: a tidy
/// sheet with every row and column of the CSV file (column ids as the header, numbers as numbers),
/// and for results one sheet per year laid out as the terminal table — units down, indicators
/// across, the probability of meeting the target beside each mean (shown with two decimals and
/// as a percentage; the cells hold the rows' numbers whole). Sheet names and the year sheets'
/// headers follow the language.
public enum ResultWorkbook {
    /// results.xlsx: the tidy results sheet, then a sheet per year.
    public static func results(_ rows: [ResultRow], run: RunMetadata, language: ReportLanguage) -> Workbook {
        let years = Array(Set(rows.map(\.year))).sorted()
        return Workbook(sheets: [tidySheet(language.text(.resultsSheet), rows)]
                        + years.map { year in yearSheet(year, rows: rows.filter { $0.year == year }, run: run, language: language) })
    }

    /// comparison.xlsx: the tidy comparison sheet.
    public static func comparison(_ rows: [ComparisonRow], language: ReportLanguage) -> Workbook {
        Workbook(sheets: [tidySheet(language.text(.comparisonSheet), rows)])
    }

    /// staffing.xlsx: the tidy staffing sheet.
    public static func staffing(_ rows: [StaffingRow], language: ReportLanguage) -> Workbook {
        Workbook(sheets: [tidySheet(language.text(.staffingSheet), rows)])
    }

    /// observed.xlsx: the tidy sheet of what the registrations show.
    public static func observed(_ rows: [ObservedRow], language: ReportLanguage) -> Workbook {
        Workbook(sheets: [tidySheet(language.text(.observedSheet), rows)])
    }

    /// Every row of a result file, its columns in the file's order, numbers typed.
    static func tidySheet<Row: ResultTableRow>(_ name: String, _ rows: [Row]) -> Worksheet {
        let body = rows.map { row in
            Row.Column.allCases.map { column -> SheetCell in
                switch row.value(column) {
                case .text(let text): .text(text)
                case .integer(let value): .number(Double(value))
                case .number(let value): .number(value)
                case .flag, .fractions: .text(row.value(column).csvText)
                }
            }
        }
        return Worksheet(name: name, rows: [Row.columns.map(SheetCell.text)] + body)
    }

    /// One year: a row per unit (the run's order, then the region), the unit's ceiling, and per
    /// indicator its mean and, where it has a target, the probability of meeting it.
    static func yearSheet(_ year: Int, rows: [ResultRow], run: RunMetadata, language: ReportLanguage) -> Worksheet {
        var indicators: [String] = []
        var targeted = Set<String>()
        for row in rows where row.unit != RegionUnit.id {
            if !indicators.contains(row.indicator) { indicators.append(row.indicator) }
            if row.pMeet != nil { targeted.insert(row.indicator) }
        }
        var header: [SheetCell] = [.text(language.text(.unitId)), .text(language.text(.unitName)), .text(language.text(.ceiling))]
        for indicator in indicators {
            header.append(.text(language.indicatorName(indicator)))
            if targeted.contains(indicator) { header.append(.text("\(language.text(.pMeetColumn)): \(language.indicatorName(indicator))")) }
        }
        var byCell: [String: ResultRow] = [:]
        for row in rows { byCell[row.unit + "\u{0}" + row.indicator] = row }
        let places = run.units.map { (id: $0.id, name: $0.name) } + [(id: RegionUnit.id, name: language.text(.region))]
        let body = places.map { place -> [SheetCell] in
            let ceiling = place.id == RegionUnit.id ? nil : run.units.first { $0.id == place.id }?.ceiling
            var cells: [SheetCell] = [.text(place.id), .text(place.name), .number(ceiling)]
            for indicator in indicators {
                let row = byCell[place.id + "\u{0}" + indicator]
                cells.append(.number(row?.mean, .twoDecimals))
                if targeted.contains(indicator) { cells.append(.number(row?.pMeet, .percent)) }
            }
            return cells
        }
        return Worksheet(name: "\(language.text(.year)) \(year)", rows: [header] + body, frozenRows: 1, frozenColumns: 2)
    }
}
