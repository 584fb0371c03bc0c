import Foundation
import Testing
@testable import ChildHealth

/// Input fields are trimmed by a fast path that must give what Foundation's
/// `trimmingCharacters(in: .whitespaces)` gives, for ASCII and for other Unicode spaces.
struct WhitespaceTrimmingTests {
    @Test(arguments: [
        "", " ", "\t", "a", " a", "a ", " a b ", "\ta\t", "55", "-0.5", "VXJ-ARABY",
        "\u{00A0}a", "a\u{3000}", "\u{2003}x\u{2003}", "å", " å ", "Ö", "a\n", "\na", "\r\n", "a\u{00A0}",
    ])
    func trimsAsFoundationDoes(_ text: String) {
        #expect(text.trimmingWhitespace() == text.trimmingCharacters(in: .whitespaces))
        #expect(text[...].trimmingWhitespace() == text.trimmingCharacters(in: .whitespaces))
    }
}
