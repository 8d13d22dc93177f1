import Foundation
import Testing

@testable import NucBench

/// `PrompterGroundTruth`: the prompter JSON holds each image's oracle points in class lists and
/// reads back through `--gt-points`'s reader.
@Suite struct PrompterGroundTruthTests {
    /// A synthetic data set written to `directory/d` and opened.
    static func synthetic(_ layout: SyntheticLayout, seed: UInt64, side: Int, in directory: String) throws -> Dataset {
        try SyntheticDataset.write(
            layout: layout, seed: seed, imagesPerSplit: layout == .pannuke ? 2 : 1, side: side, to: directory + "/d")
        return try Dataset.open(path: directory + "/d")
    }

    /// Writes a data set's points file and reads it back.
    static func written(_ dataset: Dataset, in directory: String) throws -> (JSON, PromptNucSegPointFiles) {
        let path = directory + "/points.json"
        #expect(try PrompterGroundTruth.write(dataset, to: path) == dataset.samples.count)
        return (try JSON.read(path: path), try PromptNucSegPointFiles(path: path))
    }
}

extension PrompterGroundTruthTests {
    @Test func panNukePointsAreTheOraclePromptsInFiveClassLists() throws {
        try DatasetTestSupport.withDirectory { directory in
            let dataset = try Self.synthetic(.pannuke, seed: 3, side: 96, in: directory)
            let (document, points) = try Self.written(dataset, in: directory)
            #expect(points.classCount == 5)
            guard case .object(let members) = document else {
                Issue.record("the points file is not a JSON object")
                return
            }
            #expect(members.map(\.key) == dataset.samples.map { "Images/\($0.metadata.name).png" })
            for sample in dataset.samples {
                let labels = try sample.labels()
                let oracle = try OraclePrompts.prompts(for: labels.instances, classes: labels.classes)
                #expect(!oracle.isEmpty)
                let expected = oracle.map { TypedPoint(Point(x: Double($0.x), y: Double($0.y)), type: $0.classIndex) }
                let read = try points.groundTruth(of: sample.metadata.name)
                #expect(read.sorted(by: Self.order) == expected.sorted(by: Self.order))
            }
        }
    }

    @Test func cpm17PointsAreClassAgnostic() throws {
        try DatasetTestSupport.withDirectory { directory in
            let dataset = try Self.synthetic(.cpm17, seed: 4, side: 80, in: directory)
            let (_, points) = try Self.written(dataset, in: directory)
            #expect(points.classCount == 1)
            for sample in dataset.samples {
                let labels = try sample.labels()
                let read = try points.groundTruth(of: sample.metadata.name)
                #expect(read.count == labels.instances.count && read.allSatisfy { $0.type == 0 })
            }
        }
    }

    @Test func anUnwritableFileIsAnInputErrorNamingIt() throws {
        try DatasetTestSupport.withDirectory { directory in
            let dataset = try Self.synthetic(.cpm17, seed: 4, side: 32, in: directory)
            let path = directory + "/absent/points.json"
            #expect {
                try PrompterGroundTruth.write(dataset, to: path)
            } throws: { error in
                (error as? InputError)?.file == path
                    && (error as? InputError)?.message.hasPrefix("cannot write the points file") == true
            }
        }
    }

    /// Row-major point order, then class.
    static func order(_ a: TypedPoint, _ b: TypedPoint) -> Bool {
        (a.point.y, a.point.x, a.type) < (b.point.y, b.point.x, b.type)
    }
}
