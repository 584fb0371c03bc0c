import ResultFormat

/// Makes any text safe to print in a LaTeX document set in T1 with UTF-8 input.
enum LaTeXEscaping {
    /// Escapes LaTeX's special characters and writes the symbols the default UTF-8 input
    /// does not know (≤, ≥, ≈, ×, ±, →, −, Δ, …) as commands. Letters such as å, ä, ö, é stay as they are.
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.count)
        for character in text {
            switch character {
            case "\\": result += "\\textbackslash{}"
            case "{": result += "\\{"
            case "}": result += "\\}"
            case "$": result += "\\$"
            case "&": result += "\\&"
            case "#": result += "\\#"
            case "%": result += "\\%"
            case "_": result += "\\_"
            case "^": result += "\\textasciicircum{}"
            case "~": result += "\\textasciitilde{}"
            case "<": result += "\\textless{}"
            case ">": result += "\\textgreater{}"
            case "|": result += "\\textbar{}"
            case "≤": result += "\\ensuremath{\\leq}"
            case "≥": result += "\\ensuremath{\\geq}"
            case "≈": result += "\\ensuremath{\\approx}"
            case "×": result += "\\ensuremath{\\times}"
            case "±": result += "\\ensuremath{\\pm}"
            case "→": result += "\\ensuremath{\\rightarrow}"
            case "−": result += "\\ensuremath{-}"
            case "Δ": result += "\\ensuremath{\\Delta}"
            case "†": result += "\\dag{}"
            case "‡": result += "\\ddag{}"
            case "\u{00A0}": result += "~"
            case "\n", "\r", "\r\n": result += " "
            default: result.append(character)
            }
        }
        return result
    }
}
