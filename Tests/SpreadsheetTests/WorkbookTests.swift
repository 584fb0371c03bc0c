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

    @Test func cellsAreTypedAndTheHeaderFrozenAndPrinted() throws {
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
        // Printed: all columns on one page's width, the header on every page.
        #expect(xml.contains(#"<pageSetUpPr fitToPage="1"/>"#) && xml.contains(#"fitToWidth="1" fitToHeight="0""#))
        #expect(try Self.part("xl/workbook.xml", of: data)
                .contains(#"<definedName name="_xlnm.Print_Titles" localSheetId="0">'År 2026'!$1:$1</definedName>"#))
    }

    /// A long header wraps in a row tall enough for its lines; a share shown as a percentage and
    /// a mean with two decimals keep their whole numbers.
    @Test func headersWrapAndDisplayFormatsKeepTheNumbers() throws {
        let sheet = Worksheet(name: "Year 2026", rows: [
            [.text("Probability: first home visit"), .text("Mean")],
            [.number(0.5625, .percent), .number(140.725, .twoDecimals)],
        ])
        let xml = try Self.part("xl/worksheets/sheet1.xml", of: Workbook(sheets: [sheet]).data())
        #expect(xml.contains(#"<row r="1" ht="30" customHeight="1">"#), "two lines of at most 16 characters")
        #expect(xml.contains(#"<c r="A2" s="3"><v>0.5625</v></c><c r="B2" s="2"><v>140.725</v></c>"#))
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
