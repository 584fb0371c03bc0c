import ArgumentParser

@main
struct Bhvplan: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bhvplan",
        abstract: "Monte Carlo capacity planner for Swedish child health care (BVC units).",
        discussion: """
            Example: bhvplan run Scenarios/default.yaml --out out/ && bhvplan report out/ --format html,pdf

            Shell completions: scripts/install-completions, or bhvplan --generate-completion-script bash|zsh|fish.
            """,
        subcommands: [RunCommand.self, ValidateCommand.self, BenchCommand.self, ReportCommand.self, BatchCommand.self,
                      CompareCommand.self, SizeCommand.self, ObserveCommand.self, SynthesizeCommand.self,
                      CalibrateCommand.self, BacktestCommand.self, MergeCommand.self,
                      SensitivityCommand.self, ServeCommand.self])
}
