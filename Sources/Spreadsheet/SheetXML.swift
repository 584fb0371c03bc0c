import Foundation

/// The SpreadsheetML (Office Open XML) parts of a workbook, as text.
enum SheetXML {
    static let header = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships"

    static func contentTypes(sheets: Int) -> String {
        let overrides = (0..<sheets).map {
            #"<Override PartName="/xl/worksheets/sheet\#($0 + 1).xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#
        }.joined()
        return header + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
            + #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
            + #"<Default Extension="xml" ContentType="application/xml"/>"#
            + #"<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>"#
            + #"<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>"#
            + overrides + "</Types>"
    }

    static let packageRels = header + #"<Relationships xmlns="\#(packageRelationships)">"#
        + #"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>"#
        + "</Relationships>"

    /// The sheets in order, and as print titles each sheet's header rows, repeated on every printed page.
    static func workbook(_ sheets: [Worksheet]) -> String {
        let entries = sheets.enumerated().map { index, sheet in
            #"<sheet name="\#(escaped(sheet.name))" sheetId="\#(index + 1)" r:id="rId\#(index + 1)"/>"#
        }.joined()
        let titles = sheets.enumerated().filter { $0.element.frozenRows > 0 }.map { index, sheet in
            let quoted = "'" + sheet.name.replacingOccurrences(of: "'", with: "''") + "'"
            return #"<definedName name="_xlnm.Print_Titles" localSheetId="\#(index)">"#
                + escaped("\(quoted)!$1:$\(sheet.frozenRows)") + "</definedName>"
        }.joined()
        return header + #"<workbook xmlns="\#(main)" xmlns:r="\#(relationships)"><sheets>"# + entries + "</sheets>"
            + (titles.isEmpty ? "" : "<definedNames>" + titles + "</definedNames>") + "</workbook>"
    }

    static func workbookRels(sheets: Int) -> String {
        let sheetRels = (0..<sheets).map {
            #"<Relationship Id="rId\#($0 + 1)" Type="\#(relationships)/worksheet" Target="worksheets/sheet\#($0 + 1).xml"/>"#
        }.joined()
        return header + #"<Relationships xmlns="\#(packageRelationships)">"# + sheetRels
            + #"<Relationship Id="rId\#(sheets + 1)" Type="\#(relationships)/styles" Target="styles.xml"/>"#
            + "</Relationships>"
    }

    /// Cell formats: 0 plain, 1 the header (bold, wrapped, aligned at the top), 2 two decimals
    /// and 3 a whole percentage (Excel's built-in formats 2 and 9).
    static let styles = header + #"<styleSheet xmlns="\#(main)">"#
        + #"<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>"#
        + #"<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>"#
        + #"<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"#
        + #"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>"#
        + #"<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>"#
        + #"<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1">"#
        + #"<alignment vertical="top" wrapText="1"/></xf>"#
        + #"<xf numFmtId="2" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>"#
        + #"<xf numFmtId="9" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>"#
        + #"<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>"#
        + "</styleSheet>"

    static func worksheet(_ sheet: Worksheet) -> String {
        var xml = header + #"<worksheet xmlns="\#(main)" xmlns:r="\#(relationships)">"#
        xml += #"<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>"#
        xml += #"<sheetViews><sheetView workbookViewId="0">"# + pane(sheet) + "</sheetView></sheetViews>"
        let widths = sheet.columnWidths
        if !widths.isEmpty {
            xml += "<cols>" + widths.enumerated().map { index, width in
                #"<col min="\#(index + 1)" max="\#(index + 1)" width="\#(width)" customWidth="1"/>"#
            }.joined() + "</cols>"
        }
        xml += "<sheetData>"
        for (rowIndex, row) in sheet.rows.enumerated() {
            let isHeader = rowIndex < sheet.frozenRows
            let style = isHeader ? #" s="1""# : ""
            // A header's wrapped lines need the height set: spreadsheets do not grow rows on opening.
            let height = isHeader ? #" ht="\#(15 * sheet.lines(ofRow: rowIndex, widths: widths))" customHeight="1""# : ""
            xml += #"<row r="\#(rowIndex + 1)"\#(height)>"#
            for (columnIndex, cell) in row.enumerated() {
                let reference = columnName(columnIndex) + String(rowIndex + 1)
                switch cell {
                case .text(let text):
                    xml += #"<c r="\#(reference)"\#(style) t="inlineStr"><is><t xml:space="preserve">\#(escaped(text))</t></is></c>"#
                case .number(let value?, let display) where value.isFinite:
                    let format = isHeader ? style : display == .twoDecimals ? #" s="2""# : display == .percent ? #" s="3""# : ""
                    xml += #"<c r="\#(reference)"\#(format)><v>\#(numberText(value))</v></c>"#
                case .number, .empty:
                    continue
                }
            }
            xml += "</row>"
        }
        // Printed landscape, every column on one page's width, the header on every page.
        return xml + "</sheetData>"
            + #"<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>"#
            + #"<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/></worksheet>"#
    }

    /// The frozen pane: rows above and columns left of the first scrolling cell stay in view.
    private static func pane(_ sheet: Worksheet) -> String {
        guard sheet.frozenRows > 0 || sheet.frozenColumns > 0 else { return "" }
        let topLeft = columnName(sheet.frozenColumns) + String(sheet.frozenRows + 1)
        let active = sheet.frozenRows > 0 && sheet.frozenColumns > 0 ? "bottomRight" : sheet.frozenRows > 0 ? "bottomLeft" : "topRight"
        var attributes = ""
        if sheet.frozenColumns > 0 { attributes += #" xSplit="\#(sheet.frozenColumns)""# }
        if sheet.frozenRows > 0 { attributes += #" ySplit="\#(sheet.frozenRows)""# }
        return #"<pane\#(attributes) topLeftCell="\#(topLeft)" activePane="\#(active)" state="frozen"/>"#
            + #"<selection pane="\#(active)" activeCell="\#(topLeft)" sqref="\#(topLeft)"/>"#
    }

    /// `A`, `B`, …, `Z`, `AA`, … for the column at `index` (from 0).
    static func columnName(_ index: Int) -> String {
        var index = index + 1
        var name = ""
        while index > 0 {
            let remainder = (index - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + remainder))) + name
            index = (index - 1) / 26
        }
        return name
    }

    /// The shortest decimal text that reads back as the same double (`0.553084`, `2000`).
    static func numberText(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }

    /// `text` with XML's special characters escaped and characters XML 1.0 cannot hold dropped.
    static func escaped(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            default:
                if scalar.value >= 0x20 && scalar.value != 0xFFFE && scalar.value != 0xFFFF { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }
}
