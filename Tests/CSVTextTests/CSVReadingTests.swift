import CSVText
import Testing

/// The CSV dialect read everywhere: quoting, line breaks inside fields, and line numbers.
@Suite struct CSVReadingTests {
    @Test func readsQuotedFieldsWithCommasQuotesAndLineBreaks() throws {
        let text = "a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\n\nplain,,end\n"
        let records = try CSVReading.records(in: text)
        #expect(records.map(\.fields) == [["a", "b", "c"], ["x, y", "say \"hi\"", "two\nlines"], ["plain", "", "end"]])
        #expect(records.map(\.line) == [1, 2, 5])
    }

    @Test func countsLinesEndedByLFCRLFOrALoneCR() throws {
        let records = try CSVReading.records(in: "a\r\nb\rc\n\"d\r\ne\"\nf\n")
        #expect(records.map(\.fields) == [["a"], ["b"], ["c"], ["d\r\ne"], ["f"]])
        #expect(records.map(\.line) == [1, 2, 3, 4, 6])
        #expect(try CSVReading.records(in: "a\u{0B}b\u{2028}c\nd\n").map(\.line) == [1, 2])
    }

    @Test func ignoresAByteOrderMarkAndReadsSemicolons() throws {
        let records = try CSVReading.records(in: "\u{FEFF}enhet;antal\n\"Ö;1\";2,5\n", separator: ";")
        #expect(records.map(\.fields) == [["enhet", "antal"], ["Ö;1", "2,5"]])
    }

    @Test func rejectsAnUnclosedQuoteNamingTheLineItOpensOn() {
        #expect(throws: CSVReadProblem.unclosedQuote(line: 2)) { try CSVReading.records(in: "a,b\n\"open,1\n2,3\n") }
        #expect(throws: CSVReadProblem.unclosedQuote(line: 4)) {
            try CSVReading.records(in: "a,b\n\"two\nlines\",1\n\"open\n")
        }
    }

    @Test func rejectsAQuoteOutOfPlaceNamingItsLine() throws {
        #expect(throws: CSVReadProblem.quoteOutOfPlace(line: 2)) { try CSVReading.records(in: "id,unit\n\"N1\"x,A\n") }
        #expect(throws: CSVReadProblem.quoteOutOfPlace(line: 3)) { try CSVReading.records(in: "id,unit\nN1,A\nN2,AR\"\"ABY\n") }
        #expect(throws: CSVReadProblem.quoteOutOfPlace(line: 4)) {
            try CSVReading.records(in: "id,unit\n\"two\nlines\",A\nN3,B\"\n")
        }
        #expect(try CSVReading.records(in: "a,\"\"\n\"\",\"x\"\"\"\r\n").map(\.fields) == [["a", ""], ["", "x\""]])
    }

    @Test func writesQuotedFieldsOnlyWhereNeededAndReadsThemBack() throws {
        let rows = [["id", "name"], ["A", "Bas, 2026"], ["B", "say \"hi\""], ["C", "two\nlines"], ["D", ""]]
        let text = CSVWriting.text(rows)
        #expect(text == "id,name\nA,\"Bas, 2026\"\nB,\"say \"\"hi\"\"\"\nC,\"two\nlines\"\nD,\n")
        #expect(try CSVReading.records(in: text).map(\.fields) == rows)
        #expect(CSVWriting.text([["a;b", "c"]], separator: ";") == "\"a;b\";c\n")
        #expect(CSVWriting.text([]) == "")
    }
}
