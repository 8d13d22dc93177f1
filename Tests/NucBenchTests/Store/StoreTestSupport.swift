import Foundation
import NucBench

/// Runs `body` with the path of a store in a fresh temporary directory, removed afterwards.
func withTemporaryStore(_ body: (String) throws -> Void) throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("nucbench-store-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: directory) }
    try body(directory.appendingPathComponent("Reports/nucbench.sqlite").path)
}

/// Async variant of `withTemporaryStore`.
func withTemporaryStore(_ body: (String) async throws -> Void) async throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("nucbench-store-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: directory) }
    try await body(directory.appendingPathComponent("Reports/nucbench.sqlite").path)
}

/// A run identity with every field filled.
func sampleRecord(name: String, options: [String: String] = ["threads": "2", "match-iou": "0.5"]) -> RunRecord {
    RunRecord(
        name: name, gitRevision: "0123abc", model: "sam-vit-b", modelHash: "sha256:aa", dataset: "pannuke",
        datasetCardHash: "sha256:bb", datasetContentHash: "sha256:cc", protocolName: "pannuke",
        protocolVersion: "1", options: options)
}

/// Deterministic statistics of image `index`: defined and undefined rows of every table.
///
/// `sampleImageSQL` writes the same rows with the sqlite3 command line.
func sampleImage(_ index: Int) -> ImageStatistics {
    ImageStatistics(
        index: index, name: "image-\(index)", tissue: index.isMultiple(of: 2) ? "Breast" : nil, fold: index % 3,
        panoptic: [
            .all: .success(
                PanopticCounts(
                    truePositives: index, falsePositives: index % 3, falseNegatives: 1,
                    iouSum: Double(index) / 3.0 + 0.5)),
            .type(1): .failure(Undefined(.zeroDivisionError, "no instances")),
        ],
        jaccard: [
            .aggregated: [.all: .success(AggregatedJaccardCounts(intersection: 2 * index, union: 3 * index + 1))],
            .plus: [.type(2): .failure(Undefined(.notANumber, "empty"))],
        ],
        detection: DetectionCounts(
            pairedTypes: [.init(groundTruth: 1, prediction: 2): index + 1], unpairedGroundTruthTypes: [3: 2],
            unpairedPredictionTypes: [0: 1]))
}

/// The rows of `sampleImage(index)` as one SQL transaction, with a slow query before COMMIT
/// so that a kill often lands inside the transaction.
func sampleImageSQL(_ index: Int, run: Int, slowSteps: Int) -> String {
    let tissue = index.isMultiple(of: 2) ? "'Breast'" : "NULL"
    return """
        BEGIN IMMEDIATE;
        INSERT INTO images VALUES (\(run), \(index), 'image-\(index)', \(tissue), \(index % 3));
        INSERT INTO panoptic VALUES
            (\(run), \(index), -1, \(index), \(index % 3), 1, \(index).0 / 3.0 + 0.5, NULL, NULL);
        WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < \(slowSteps)) SELECT count(*) FROM c;
        INSERT INTO panoptic VALUES (\(run), \(index), 1, NULL, NULL, NULL, NULL, 'ZeroDivisionError', 'no instances');
        INSERT INTO jaccard VALUES (\(run), \(index), 'aji', -1, \(2 * index), \(3 * index + 1), NULL, NULL);
        INSERT INTO jaccard VALUES (\(run), \(index), 'aji_plus', 2, NULL, NULL, 'NaN', 'empty');
        INSERT INTO detection VALUES (\(run), \(index), 1, 2, \(index + 1));
        INSERT INTO detection VALUES (\(run), \(index), 3, NULL, 2);
        INSERT INTO detection VALUES (\(run), \(index), NULL, 0, 1);
        COMMIT;

        """
}

/// Prompter tallies with an overall row, two classes and a class without matches.
let samplePrompterCounts = PromptNucSegDetectionCounts(
    detection: .init(matched: 5, predictions: 7, groundTruth: 6),
    perClass: [
        0: .init(matched: 3, predictions: 4, groundTruth: 3), 2: .init(matched: 2, predictions: 3, groundTruth: 2),
        4: .init(matched: 0, predictions: 0, groundTruth: 1),
    ])
