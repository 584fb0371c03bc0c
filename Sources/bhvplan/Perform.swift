import ArgumentParser
import Foundation
import PlannerApp

/// Runs a command's work and checks that what it printed was written; a failure prints its
/// message on stderr and exits with its status.
func perform(_ body: () throws(CommandFailure) -> Void) throws {
    do {
        try body()
        try StandardOutput.finish()
    } catch {
        if !error.message.isEmpty { FileHandle.standardError.write(Data((error.message + "\n").utf8)) }
        throw ExitCode(error.status)
    }
}
