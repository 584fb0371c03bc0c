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

    static func workbook(names: [String]) -> String {
        let sheets = names.enumerated().map { index, name in
            #"<sheet name="\#(escaped(name))" sheetId="\#(index + 1)" r:id="rId\#(index + 1)"/>"#
        }.joined()
        return header + #"<workbook xmlns="\#(main)" xmlns:r="\#(relationships)"><sheets>"# + sheets + "</sheets></workbook>"
    }

    static func workbookRels(sheets: Int) -> String {
        let sheetRels = (0..<sheets).map {
            #"<Relationship Id="rId\#($0 + 1)" Type="\#(relationships)/worksheet" Target="worksheets/sheet\#($0 + 1).xml"/>"#
        }.joined()
        return header + #"<Relationships xmlns="\#(packageRelationships)">"# + sheetRels
            + #"<Relationship Id="rId\#(sheets + 1)" Type="\#(relationships)/styles" Target="styles.xml"/>"#
            + "</Relationships>"
    }

    /// Two cell formats: 0 plain, 1 bold (the header).
    static let styles = header + #"<styleSheet xmlns="\#(main)">"#
        + #"<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>"#
        + #"<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>"#
        + #"<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"#
        + #"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>"#
        + #"<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>"#
        + #"<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>"#
        + #"<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>"#
        + "</styleSheet>"

    static func worksheet(_ sheet: Worksheet) -> String {
        var xml = header + #"<worksheet xmlns="\#(main)" xmlns:r="\#(relationships)">"#
        xml += #"<sheetViews><sheetView workbookViewId="0">"# + pane(sheet) + "</sheetView></sheetViews>"
        let widths = sheet.columnWidths
        if !widths.isEmpty {
            xml += "<cols>" + widths.enumerated().map { index, width in
                #"<col min="\#(index + 1)" max="\#(index + 1)" width="\#(width)" customWidth="1"/>"#
            }.joined() + "</cols>"
        }
        xml += "<sheetData>"
        for (rowIndex, row) in sheet.rows.enumerated() {
            let style = rowIndex < sheet.frozenRows ? #" s="1""# : ""
            xml += #"<row r="\#(rowIndex + 1)">"#
            for (columnIndex, cell) in row.enumerated() {
                let reference = columnName(columnIndex) + String(rowIndex + 1)
                switch cell {
                case .text(let text):
                    xml += #"<c r="\#(reference)"\#(style) t="inlineStr"><is><t xml:space="preserve">\#(escaped(text))</t></is></c>"#
                case .number(let value?) where value.isFinite:
                    xml += #"<c r="\#(reference)"\#(style)><v>\#(numberText(value))</v></c>"#
                case .number, .empty:
                    continue
                }
            }
            xml += "</row>"
        }
        return xml + "</sheetData></worksheet>"
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
