/// The allowed name closest to a misspelt one, for "did you mean" hints; nil when nothing is
/// close enough to be a plausible typo.
public func closestName(to name: String, among candidates: [String]) -> String? {
    let limit = max(1, name.count / 3)
    // Long text is not a typo of a name; names whose lengths differ by more than the limit
    // cannot be within it, so thousands of candidates stay cheap.
    guard name.count <= 100 else { return nil }
    var best: (name: String, distance: Int)?
    for candidate in candidates where abs(candidate.count - name.count) <= limit {
        let distance = editDistance(name.lowercased(), candidate.lowercased())
        // A "match" that changes every character is no typo.
        if distance <= limit && distance < name.count && distance < best?.distance ?? .max { best = (candidate, distance) }
    }
    return best?.name
}

/// "; did you mean 'X'?" for the closest allowed name, or nothing.
func didYouMean(_ name: String, among candidates: [String]) -> String {
    closestName(to: name, among: candidates).map { "; did you mean '\($0)'?" } ?? ""
}

/// Levenshtein distance between two strings, counted in characters.
func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a), b = Array(b)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
        current[0] = i
        for j in 1...b.count {
            let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
            current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
        }
        swap(&previous, &current)
    }
    return previous[b.count]
}
