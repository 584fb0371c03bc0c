import Yams

/// What each code or keyword (sökord) a region registers counts for the follow-up. Codes are
/// matched without regard to case or surrounding spaces.
public struct CodeMap: Sendable, Equatable {
    /// Normalised code → event.
    public private(set) var events: [String: FollowUpEvent]

    /// A map of `events` by code as written.
    public init(_ events: [String: FollowUpEvent]) {
        self.events = Dictionary(events.map { (Self.key($0.key), $0.value) }) { first, _ in first }
    }

    /// The event `code` counts, or nil when the map does not name it.
    public func event(of code: String) -> FollowUpEvent? { events[Self.key(code)] }

    /// The last extended visit the map names: a family that had it completed the programme.
    public var lastExtendedVisit: Int? {
        var last: Int?
        for case .extendedVisit(let number) in events.values { last = max(last ?? number, number) }
        return last
    }

    static func key(_ code: String) -> String { code.trimmingCharacters(in: .whitespaces).lowercased() }

    /// The bundled default, `--codes` unless given: the KVÅ codes of Västra Götalandsregionen's
    /// decisions (*Beslut om regionala KVÅ-koder för utökade hembesök BHV*, 2024; *Nya regionala
    /// KVÅ-koder för uppföljning av Barn-HLR på BVC*, 2021) and, as an assumption, keywords for
    /// the core programme: no source here names the sökord a region uses for them.
    public static let defaultYAML = """
        # What each registered code or keyword (sökord) counts. Matched without regard to case.
        codes:
          # Extended home visits: Västra Götalandsregionen, Beslut om regionala KVÅ-koder för utökade hembesök BHV (2024).
          UX273: ext_visit_1
          UX274: ext_visit_2
          UX275: ext_visit_3
          UX276: ext_visit_4
          UX277: ext_visit_5
          UX278: ext_visit_6
          UX284: ext_declined
          UX293: ext_not_offered
          UX294: ext_left
          # Barn-HLR: Västra Götalandsregionen, Nya regionala KVÅ-koder för uppföljning av Barn-HLR på BVC (2021).
          UX550: barn_hlr_not_offered
          UX551: barn_hlr_offered
          UX552: barn_hlr_took_part
          UX553: barn_hlr_declined
          UX554: barn_hlr_partner
          # Core programme: keywords as a region might name them (assumption; replace with your own).
          Hembesök nyfödd: first_home_visit
          Hembesök 8 mån: eight_month_home_visit
          Föräldragrupp: parent_group
          EPDS: epds
          Föräldrasamtal icke födande förälder: partner_talk
          # The child's enrolment at the unit: read, counts for nothing (assumption).
          Inskrivning BVC: ignore

        """

    /// The bundled default map.
    public static var kvaDefault: CodeMap {
        // The bundled text is checked by the tests; it cannot fail to read.
        (try? read(yaml: defaultYAML, file: "the default code map")) ?? CodeMap([:])
    }

    /// Reads the code map at `path`.
    public static func read(path: String) throws(InputProblems) -> CodeMap {
        switch InputFile.text(at: path, kind: "a code map in YAML") {
        case .success(let text): try read(yaml: text, file: path)
        case .failure(let problem): throw InputProblems([problem])
        }
    }

    /// Reads a code map: a mapping `codes:` of code or keyword → what it counts (``FollowUpEvent/names``).
    public static func read(yaml text: String, file: String) throws(InputProblems) -> CodeMap {
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text) else {
                throw InputProblems([InputProblem(file: file, line: nil, field: "", message: "holds only comments (allowed: a code map in YAML)")])
            }
            root = node
        } catch let problems as InputProblems {
            throw problems
        } catch {
            throw InputProblems([ScenarioLoader.yamlSyntaxProblem(error, text: text, file: file)])
        }
        let log = ProblemLog()
        let fields = YAMLFields(file: file, log: log)
        var events: [String: FollowUpEvent] = [:]
        var firstLine: [String: Int?] = [:]
        if let codes = fields.mapping(root, "", allowed: ["codes"])["codes"] {
            if case .mapping(let mapping) = codes {
                for (keyNode, value) in mapping {
                    guard let code = fields.scalarText(keyNode), !key(code).isEmpty else {
                        log.report(file, fields.line(keyNode), "codes", "\(fields.kind(keyNode)) is used as a code (allowed: a code or keyword as text)")
                        continue
                    }
                    let field = "codes.\(shortened(code))"
                    if let first = firstLine[key(code)] {
                        log.report(file, fields.line(keyNode), field, "is given twice\(first.map { ", first at line \($0)" } ?? "") "
                                   + "(allowed: each code once, whatever its case)")
                        continue
                    }
                    firstLine[key(code)] = fields.line(keyNode)
                    guard let name = fields.scalarText(value), let event = FollowUpEvent(name: name) else {
                        log.report(file, fields.line(value), field, "\(fields.kind(value)) is not something the follow-up counts "
                                   + "(allowed: \(FollowUpEvent.names.joined(separator: ", ")))")
                        continue
                    }
                    events[code] = event
                }
            } else {
                log.report(file, fields.line(codes), "codes", "expected a mapping of code: what it counts, found \(fields.kind(codes))")
            }
        } else if log.isEmpty {
            log.report(file, fields.line(root), "codes", "missing (allowed: codes: a mapping of code or keyword → what it counts)")
        }
        guard log.isEmpty else { throw InputProblems(log.problems) }
        return CodeMap(events)
    }
}
