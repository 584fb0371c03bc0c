import Foundation
import Spreadsheet
import Testing
import ZIPFoundation

/// The workbook's parts as a spreadsheet program reads them: typed cells, a frozen header, fitted
/// widths, names Excel accepts, and the same bytes for the same sheets.
struct WorkbookTests {
    static let sheet = Worksheet(name: "År 2026", rows: [
        [.text("unit"), .text("mean"), .text("p_meet")],
        [.text("VXJ-ARABY & <co>"), .number(62.9386), .number(nil)],
        [.text("REGION"), .number(2000), .empty],
    ], frozenRows: 1, frozenColumns: 1)

    static func part(_ path: String, of data: Data) throws -> String {
        let archive = try Archive(data: data, accessMode: .read)
        let entry = try #require(archive[path])
        var bytes = Data()
        _ = try archive.extract(entry) { bytes.append($0) }
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test func cellsAreTypedAndTheHeaderFrozen() throws {
        let data = try Workbook(sheets: [Self.sheet]).data()
        let xml = try Self.part("xl/worksheets/sheet1.xml", of: data)
        #expect(xml.contains(#"<c r="B2"><v>62.9386</v></c>"#))
        #expect(xml.contains(#"<c r="B3"><v>2000</v></c>"#))
        #expect(!xml.contains(#"r="C2""#) && !xml.contains(#"r="C3""#), "empty cells are left out")
        #expect(xml.contains(#"<c r="A1" s="1" t="inlineStr"><is><t xml:space="preserve">unit</t></is></c>"#))
        #expect(xml.contains("VXJ-ARABY &amp; &lt;co&gt;"))
        #expect(xml.contains(#"<pane xSplit="1" ySplit="1" topLeftCell="B2" activePane="bottomRight" state="frozen"/>"#))
        #expect(xml.contains(#"<col min="1" max="1" width="18.0" customWidth="1"/>"#), "the longest cell plus 2")
        #expect(try Self.part("xl/workbook.xml", of: data).contains(#"<sheet name="År 2026" sheetId="1" r:id="rId1"/>"#))
    }

    @Test func theSameSheetsGiveTheSameBytes() throws {
        #expect(try Workbook(sheets: [Self.sheet]).data() == Workbook(sheets: [Self.sheet]).data())
    }

    @Test(arguments: ["", "Results: 2026", String(repeating: "x", count: 32), "a/b"])
    func sheetNamesExcelRefusesAreRefused(name: String) {
        #expect(throws: WorkbookError.badSheetName(name)) { try Workbook(sheets: [Worksheet(name: name, rows: [])]).data() }
    }

    @Test func twoSheetsOfOneNameAreRefused() {
        #expect(throws: WorkbookError.badSheetName("results")) {
            try Workbook(sheets: [Worksheet(name: "Results", rows: []), Worksheet(name: "results", rows: [])]).data()
        }
    }
}
