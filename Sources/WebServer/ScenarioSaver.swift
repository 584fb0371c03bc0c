import ChildHealth
import Foundation
import PlannerApp
#if canImport(Glibc)
import Glibc
#endif

/// Saves a what-if as a new scenario of the folder (``SavedWhatIf``): under a name of letters,
/// digits, `-` and `_` only, so nothing lands outside the folder; refused, with nothing written,
/// when any of its files exists; each file written to a temporary name and linked into place,
/// which fails rather than replaces a file that appeared meanwhile; the scenario file checked
/// with the loader `bhvplan run` uses, and found to ask the what-if's question, before it
/// gets its name and so appears in the scenario list.
struct ScenarioSaver {
    let folder: URL

    /// The field of the new scenario's name.
    static let nameField = "save_as"

    /// Why a what-if was not saved: the message for the name field, and whether a file in the
    /// way (rather than the name or the scenario) is the reason.
    struct Refusal: Error {
        var message: String
        var fileExists = false
    }

    /// Saves `edit` of `run`'s unit as scenario `name`; the names of the files written.
    func save(_ run: ScenarioRun, unit: ChildHealth.Unit, edit: UnitEdit, name: String, on date: Date) throws(Refusal) -> [String] {
        guard SavedWhatIf.isAllowed(name) else {
            let shown = name.count > 60 ? String(name.prefix(60)) + "…" : name
            throw Refusal(message: "'\(shown)' is not allowed (allowed: \(SavedWhatIf.allowedName))")
        }
        let day = date.formatted(Date.ISO8601FormatStyle(timeZone: .current).year().month().day())
        let origin = "a what-if of scenario '\(run.name)', unit \(unit.name) (\(unit.id)), on \(day)"
        let saved: SavedWhatIf
        let asked: Scenario
        do {
            saved = try SavedWhatIf(file: run.file.path, scenario: run.scenario, edit: edit, name: name,
                                    description: "Saved from \(origin). " + run.scenario.description,
                                    header: ["Saved by bhvplan serve from \(origin)."])
            asked = try edit.apply(to: run.scenario, source: "what-if").get()
        } catch {
            throw Refusal(message: error.description.replacingOccurrences(of: folder.path + "/", with: ""))
        }
        for file in saved.files where Self.exists(folder.appendingPathComponent(file.name)) {
            throw Refusal(message: "'\(file.name)' exists already in the scenarios folder "
                          + "(allowed: a name no file of the folder has; nothing was written)", fileExists: true)
        }
        var placed: [URL] = []
        var staged: [URL] = []
        defer { for url in staged { try? FileManager.default.removeItem(at: url) } }
        func undo() { for url in placed { try? FileManager.default.removeItem(at: url) } }
        // The CSV copies first: the scenario file names them and is checked with them in place.
        for file in saved.files.dropFirst() + saved.files.prefix(1) {
            let target = folder.appendingPathComponent(file.name)
            let temporary = folder.appendingPathComponent(".\(file.name).\(UUID().uuidString).partial")
            staged.append(temporary)
            do {
                try Data(file.text.utf8).write(to: temporary)
            } catch {
                undo()
                throw Refusal(message: "'\(file.name)' cannot be written: \(error.localizedDescription) (nothing was written)")
            }
            if file.name == saved.files[0].name {
                do {
                    let loaded = try ScenarioRequest(path: temporary.path, workers: 1).load()
                    guard loaded.units == asked.units, loaded.interventions == asked.interventions else {
                        undo()
                        throw Refusal(message: "the written scenario does not read back as the what-if (nothing was written)")
                    }
                } catch let failure as CommandFailure {
                    undo()
                    throw Refusal(message: "the written scenario does not load: \(failure.message) (nothing was written)")
                } catch let refusal as Refusal {
                    throw refusal
                } catch {
                    undo()
                    throw Refusal(message: "\(error) (nothing was written)")
                }
            }
            guard link(temporary.path, target.path) == 0 else {
                let failure = errno
                let reason = failure == EEXIST ? "exists already in the scenarios folder" : String(cString: strerror(failure))
                undo()
                throw Refusal(message: "'\(file.name)' \(reason) (allowed: a name no file of the folder has; nothing was written)",
                              fileExists: failure == EEXIST)
            }
            placed.append(target)
        }
        return saved.files.map(\.name)
    }

    /// Whether anything, even a link pointing nowhere, has this path.
    private static func exists(_ url: URL) -> Bool {
        var status = stat()
        return lstat(url.path, &status) == 0
    }
}
