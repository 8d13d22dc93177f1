import Foundation
import NucBench

/// Kumar-like and CPM-17-like data sets on disk for `InstanceEvaluation` tests.
enum InstanceEvaluationSupport {
    /// `Tests/NucBenchTests/Evaluation/Fixtures` (made by `Tools/fixtures/make_eval_fixtures.py`).
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures").path

    /// The golden values of `expected.json`.
    static func expected() throws -> JSON {
        try JSON.parse(String(contentsOfFile: fixtures + "/expected.json", encoding: .utf8))
    }

    /// The package's dataset cards folder.
    static let cardsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Datasets/cards").path

    /// The card called `name`.
    static func card(_ name: String) throws -> (card: DatasetCard, path: String) {
        let catalog = try DatasetCatalog.load(directory: cardsDirectory)
        guard let card = catalog.card(named: name) else { throw InputError("no card \(name)") }
        return (card, "\(cardsDirectory)/\(name).json")
    }

    /// A temporary folder removed afterwards.
    static func withDirectory(_ body: (String) throws -> Void) throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("nucbench-ieval-\(UUID().uuidString)")
            .path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        try body(root)
    }

    /// A Kumar data set in PromptNucSeg's layout from the realistic metric pairs 0–5 (pairs 0–2
    /// in test1, 3–5 in test2, named `kumar_NN`), with predictions `pred/kumar_NN.inst.npy`.
    ///
    /// - Returns: The data and prediction folders.
    static func kumar(in root: String) throws -> (data: String, pred: String) {
        let manager = FileManager.default
        let truth = try NpyFile(path: metricsFixturesPath("pairs/realistic.gt.npy"))
        let predicted = try NpyFile(path: metricsFixturesPath("pairs/realistic.pred.npy"))
        let image = fixtures + "/cpm17/test/Images/tie_00.png"
        for directory in [
            "data/images/test1", "data/images/test2", "data/labels/test1_ins", "data/labels/test2_ins", "pred",
        ] {
            try manager.createDirectory(atPath: "\(root)/\(directory)", withIntermediateDirectories: true)
        }
        for pair in 0..<6 {
            let name = String(format: "kumar_%02d", pair)
            let split = pair < 3 ? "test1" : "test2"
            try manager.copyItem(atPath: image, toPath: "\(root)/data/images/\(split)/\(name).png")
            let shape = Array(truth.shape.suffix(2))
            try NpyWriter.write(
                try truth.int64Values(slice: pair).map { Int32($0) }, shape: shape,
                to: "\(root)/data/labels/\(split)_ins/\(name).npy")
            try NpyWriter.write(
                try predicted.int64Values(slice: pair).map { Int32($0) }, shape: shape,
                to: "\(root)/pred/\(name).inst.npy")
        }
        return ("\(root)/data", "\(root)/pred")
    }

    /// The CPM-17 fixture in HoVer-Net's layout with HoVer-Net `.mat` predictions.
    static let cpm17 = (data: fixtures + "/cpm17", pred: fixtures + "/cpm17-pred")

    /// A request with the package's card.
    static func request(
        _ dataset: EvaluationDataset, data: String, pred: String, store: String, protocol: EvaluationProtocol,
        threads: Int = 2
    ) throws -> InstanceEvaluationRequest {
        let (card, path) = try card(dataset.rawValue)
        return InstanceEvaluationRequest(
            dataset: dataset, dataDirectory: data, predictionDirectory: pred, protocol: `protocol`, card: card,
            cardPath: path, storePath: store, threads: threads)
    }
}
