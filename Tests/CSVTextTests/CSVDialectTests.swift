import CSVText
import Foundation
import Testing

/// Swedish Excel's CSV: told from the header, its numbers read as the tidy dialect writes them,
/// and its encodings told apart.
struct CSVDialectTests {
    @Test func theDialectIsToldByTheHeader() {
        #expect(CSVDialect.detect("\nid;unit;role;fraction\r\nA;B;nurse;1,0\r\n") == .excelSwedish)
        #expect(CSVDialect.detect("id,unit,role,fraction\nA;x,B,nurse,1.0\n") == .tidy)
        #expect(CSVDialect.detect("newborns\n12\n") == .tidy)
    }

    @Test(arguments: [
        ("0,52", "0.52"), ("-1,5", "-1.5"), ("\u{2212}2,25", "-2.25"), ("1 234,5", "1234.5"), ("12\u{00A0}345", "12345"),
        ("1,5e-05", "1.5e-05"), ("142", "142"), ("2026-03", "2026-03"), ("BVC Araby, Växjö", "BVC Araby, Växjö"),
        ("1,0;0,75", "1,0;0,75"), ("12 34", "12 34"), ("1,", "1,"), (",5", ",5"), ("1,2,3", "1,2,3"),
    ])
    func numbersWithDecimalCommasReadAsTidyNumbers(field: String, read: String) throws {
        let records = try CSVDialect.excelSwedish.records(in: "value\n\"\(field)\"\n")
        #expect(records.last?.fields == [read])
    }

    @Test func numbersAreWrittenWithTheDialectsDecimalMarker() {
        #expect(CSVDialect.excelSwedish.number("0.553084") == "0,553084")
        #expect(CSVDialect.tidy.number("0.553084") == "0.553084")
    }

    @Test func encodingsAreToldApart() throws {
        let text = "kommun\nVäxjö\n"
        #expect(CSVEncoding.decode(Data(text.utf8))?.encoding == .utf8)
        #expect(CSVEncoding.decode(Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8)).map { [$0.text] } == [text])
        let latin = Data(text.unicodeScalars.map { UInt8($0.value) })
        #expect(CSVEncoding.decode(latin).map { [$0.text] } == [text])
        #expect(CSVEncoding.decode(latin)?.encoding == .windows1252)
        #expect(CSVEncoding.decode(Data([0x41, 0x81])) == nil)
    }
}
