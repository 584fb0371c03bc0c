import Foundation
import Reporting

/// A problem's message as the page shows it beside its field: in English as the command line
/// words it, or on the Swedish page in Swedish. The domain's messages stay English (they are the
/// command line's and the files'); the few a web form can meet are recognised here by their
/// fixed wording, and a message not recognised is shown as it is.
enum FieldMessage {
    static func text(_ message: String, language: ReportLanguage) -> String {
        guard language == .sv else { return message }
        return swedish.reduce(message) { text, rule in
            rule.pattern.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: rule.template)
        }
    }

    /// Ordered rules, pattern → template: the sentences first, then the "(allowed: …)" parts,
    /// last the decimal point of numbers.
    private static let swedish: [(pattern: NSRegularExpression, template: String)] = [
        ("^warning: ", "varning: "),
        ("' is out of range \\(", "' ligger utanför det tillåtna ("),
        ("' is not a finite number \\(", "' är inte ett ändligt tal ("),
        ("' is not a number \\(", "' är inte ett tal ("),
        ("^is empty \\(", "är tom ("),
        ("^person '(.*)' is listed twice \\(", "personen '$1' står på två rader ("),
        ("' is not a role \\(", "' är ingen roll ("),
        ("^unit '(.*)' has no nurse \\(", "enheten '$1' har ingen sjuksköterska ("),
        ("' holds the control character ", "' innehåller styrtecknet "),
        ("' is not allowed \\(", "' är inte tillåtet ("),
        ("' exists already in the scenarios folder", "' finns redan i scenariomappen"),
        ("' cannot be written: ", "' kan inte skrivas: "),
        ("^the written scenario does not read back as the what-if", "det skrivna scenariot ger inte samma fråga när det läses"),
        ("^the written scenario does not load: ", "det skrivna scenariot kan inte läsas: "),
        ("^--confidence must be between 0 and 1 \\(got (.*)\\)$", "säkerheten måste ligga mellan 0 och 1 (angivet: $1)"),
        ("^--confidence: '(.*)' is not a number ", "säkerheten: '$1' är inte ett tal "),
        ("nurse '(.*)' works (.*) of full time, below (.*), the least Region Kronoberg's key figures ask of a nurse \\(the run goes ahead\\)$",
         "sjuksköterskan '$1' arbetar $2 av heltid, under $3, det minsta Region Kronobergs nyckeltal kräver av en sjuksköterska "
            + "(beräkningen görs ändå)"),
        ("\\(allowed: ", "(tillåtet: "),
        ("a number ([>≥]) ", "ett tal $1 "),
        ("a finite number\\)", "ett ändligt tal)"),
        ("a text\\)", "en text)"),
        ("one row per person id\\)", "en rad per person-id)"),
        ("at least one nurse per unit\\)", "minst en sjuksköterska per enhet)"),
        ("text without control characters such as NUL, tab or line breaks\\)", "text utan styrtecken som NUL, tabb eller radbrytning)"),
        ("a whole number from ([0-9]+) to ([0-9]+), the server's cap\\)", "ett heltal från $1 till $2, serverns tak)"),
        ("1 to 60 letters a–z or A–Z, digits, - and _\\)", "1 till 60 bokstäver a–z eller A–Z, siffror, - och _)"),
        ("a name no file of the folder has; nothing was written\\)", "ett namn som ingen fil i mappen har; inget har skrivits)"),
        ("\\(nothing was written\\)", "(inget har skrivits)"),
        ("([0-9])\\.([0-9])", "$1,$2"),
    ].map { (try! NSRegularExpression(pattern: $0.0), $0.1) }
}
