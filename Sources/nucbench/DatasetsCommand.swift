import ArgumentParser

/// `nucbench datasets`: dataset cards, layouts, verification and downloads.
struct DatasetsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "datasets",
        abstract: "List dataset cards, inspect or verify a dataset folder, fetch archives.",
        subcommands: [
            DatasetsListCommand.self, DatasetsInspectCommand.self, DatasetsVerifyCommand.self,
            DatasetsFetchCommand.self, DatasetsBenchCommand.self, DatasetsSynthCommand.self, DatasetsPointsCommand.self,
        ]
    )
}
