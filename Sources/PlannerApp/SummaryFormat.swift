/// What `compare` and `size` give besides their terminal summary: nothing more (`table`), or an
/// Excel workbook of their rows in the result set in `--out` (`xlsx`).
public enum SummaryFormat: String, CaseIterable, Sendable {
    case table, xlsx
}
