import ArgumentParser

@main
struct Bhvplan: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bhvplan",
        abstract: "Monte Carlo capacity planner for Swedish child health care (BVC units).",
        subcommands: [RunCommand.self, ValidateCommand.self, BenchCommand.self, ReportCommand.self, BatchCommand.self,
                      CompareCommand.self, SizeCommand.self])
}
