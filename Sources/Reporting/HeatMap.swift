/// Probabilities of meeting the targets as a grid, units × targets, each cell coloured by its
/// value on the viridis scale (readable with any colour vision, and from dark to light in grey).
struct HeatMap {
    var caption: String
    /// The title over the row labels.
    var rowTitle: String
    /// One title per target column.
    var columns: [String]
    var rows: [Row]
    /// A line under the grid: what the colours and marks say.
    var legend: String

    struct Row {
        var label: String
        /// The anchor of the row's unit page, if it has one.
        var anchor: String?
        /// One probability per column (``ReportTable/Cell/probability(_:defined:trials:)``), `.empty` where none.
        var cells: [ReportTable.Cell]
    }

    /// The probabilities the legend shows as a colour scale.
    static let scaleSteps: [Double] = [0, 0.2, 0.4, 0.6, 0.8, 1]

    /// Viridis at nine equally spaced points, from 0 (dark purple) to 1 (yellow).
    private static let viridis: [(Double, Double, Double)] = [
        (0x44, 0x01, 0x54), (0x47, 0x2D, 0x7B), (0x3B, 0x52, 0x8B), (0x2C, 0x72, 0x8E), (0x21, 0x90, 0x8C),
        (0x27, 0xAD, 0x81), (0x5D, 0xC8, 0x63), (0xAA, 0xDC, 0x32), (0xFD, 0xE7, 0x25),
    ]

    /// The cell colour of probability `value` as six hex digits, e.g. `21908C`.
    static func colour(_ value: Double) -> String {
        let position = min(max(value, 0), 1) * Double(viridis.count - 1)
        let low = min(Int(position), viridis.count - 2)
        let fraction = position - Double(low)
        let (a, b) = (viridis[low], viridis[low + 1])
        let channels = [a.0 + (b.0 - a.0) * fraction, a.1 + (b.1 - a.1) * fraction, a.2 + (b.2 - a.2) * fraction]
        return channels.map { channel in
            let hex = String(Int(channel.rounded()), radix: 16, uppercase: true)
            return hex.count == 1 ? "0" + hex : hex
        }.joined()
    }

    /// Whether the number on a cell of `value` is printed in white (on the dark half of the scale).
    static func needsLightText(_ value: Double) -> Bool { value < 0.5 }
}
