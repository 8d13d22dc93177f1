import Foundation
import NucBench
import Testing

@Suite struct OraclePromptsTests {
    /// A map from row strings: `.` is background, a digit or letter an instance id (base 36).
    static func map(_ rows: [String]) throws -> InstanceMap {
        let labels = rows.flatMap { $0.map { Int64(String($0), radix: 36) ?? 0 } }
        return try InstanceMap(height: rows.count, width: rows[0].count, labels: labels)
    }
}

// MARK: - Parity with OpenCV and PromptNucSeg's script

extension OraclePromptsTests {
    @Test func everyPointEqualsTheReference() throws {
        let fixture = try OraclePromptsFixture.load()
        var compared = 0
        var fallbacks = 0
        for entry in fixture.maps {
            let instances = try OraclePromptsFixture.instanceMap(entry)
            let prompts = try OraclePrompts.prompts(for: instances)
            #expect(prompts.count == entry.points.count, "\(entry.name)")
            for (prompt, expected) in zip(prompts, entry.points) {
                let got = [Int(instances.ids[prompt.instance - 1]), prompt.x, prompt.y]
                #expect(got == Array(expected.prefix(3)), "\(entry.name) id \(expected[0])")
                #expect(prompt.classIndex == 0)
                compared += 1
                fallbacks += expected[3]
            }
        }
        #expect(compared == 701 && fallbacks == 181)
    }

    @Test func typeMapClassesAndDropsFollowThePanNukeScript() throws {
        let fixture = try OraclePromptsFixture.load()
        var dropped = 0
        for entry in fixture.maps {
            guard let types = entry.types, let expected = entry.prompts else { continue }
            let instances = try OraclePromptsFixture.instanceMap(entry)
            let prompts = try OraclePrompts.prompts(for: instances, classes: OraclePromptsFixture.typeMap(types))
            let got = prompts.map { [Int(instances.ids[$0.instance - 1]), $0.x, $0.y, $0.classIndex] }
            #expect(got == expected, "\(entry.name)")
            dropped += entry.points.count - expected.count
        }
        #expect(dropped > 0, "the fixtures include points that land on type 0")
    }
}

// MARK: - Hand-checked cases

extension OraclePromptsTests {
    @Test func aLineFallsBackToTheFirstDistanceMaximum() throws {
        // The line's contour goes out and back (m00 = 0); every pixel is 1 from the background.
        let instances = try Self.map([
            ".......",
            ".11111.",
            ".......",
        ])
        #expect(try OraclePrompts.prompts(for: instances) == [OraclePrompt(instance: 1, x: 1, y: 1, classIndex: 0)])
    }

    @Test func theFallbackTreatsTheImageEdgeAsFarAndOtherInstancesAsBackground() throws {
        // Vertical lines (m00 = 0). Beyond the image edge nothing is background, so the distance grows
        // to the bottom row (OpenCV gives 1, 2, 3, 4); between two other instances it peaks mid-way.
        let edge = try Self.map([".", "1", "1", "1", "1"])
        #expect(try OraclePrompts.prompts(for: edge) == [OraclePrompt(instance: 1, x: 0, y: 4, classIndex: 0)])
        let between = try Self.map(["2", "1", "1", "1", "1", "2"])
        #expect(try OraclePrompts.prompts(for: between).first == OraclePrompt(instance: 1, x: 0, y: 2, classIndex: 0))
    }

    @Test func aCentroidIsTruncatedTowardZero() throws {
        // A 2 × 3 block: the polygon through its pixel centres has centroid (2, 1.5) → (2, 1).
        let instances = try Self.map([
            ".....",
            ".111.",
            ".111.",
            ".....",
        ])
        #expect(try OraclePrompts.prompts(for: instances) == [OraclePrompt(instance: 1, x: 2, y: 1, classIndex: 0)])
    }

    @Test func aTypeMapOfTheWrongSizeIsRejected() throws {
        let instances = try Self.map(["1."])
        #expect(throws: InputError("type map has 3 pixels, instance map 1×2")) {
            try OraclePrompts.prompts(for: instances, classes: [1, 0, 0])
        }
    }

    @Test func anIndexBeyondTheCountIsRejected() throws {
        let instances = InstanceMap(height: 1, width: 2, indices: [0, 2], ids: [7], hasBackground: true)
        #expect(throws: InputError("instance index 2 at row 0, column 1 is outside 0…1")) {
            try OraclePrompts.prompts(for: instances)
        }
    }

    @Test func anEmptyMapHasNoPrompts() throws {
        #expect(try OraclePrompts.prompts(for: Self.map(["...", "..."])).isEmpty)
    }
}

// MARK: - Scale

extension OraclePromptsTests {
    @Test func aKumarSizedMapFinishes() throws {
        // 1000 × 1000 with ~700 discs, as on a Kumar image; the points must lie in their own nuclei.
        var generator = SplitMix64(seed: 7)
        var labels = [Int64](repeating: 0, count: 1000 * 1000)
        for label in 1...700 {
            let cx = Int(generator.next() % 1000)
            let cy = Int(generator.next() % 1000)
            let radius = 4 + Int(generator.next() % 8)
            for y in max(cy - radius, 0)...min(cy + radius, 999) {
                for x in max(cx - radius, 0)...min(cx + radius, 999)
                where (x - cx) * (x - cx) + (y - cy) * (y - cy) <= radius * radius {
                    labels[y * 1000 + x] = Int64(label)
                }
            }
        }
        let instances = try InstanceMap(height: 1000, width: 1000, labels: labels)
        let prompts = try OraclePrompts.prompts(for: instances)
        #expect(prompts.count == instances.count && instances.count > 600)
        #expect(prompts.allSatisfy { (0..<1000).contains($0.x) && (0..<1000).contains($0.y) })
    }
}

// MARK: - Fixture

/// `Fixtures/oracle/`: the maps and expectations `Tools/fixtures/make_oracle_fixtures.py` records from
/// OpenCV (version in `expected.json`'s `reference`).
struct OraclePromptsFixture: Decodable {
    /// OpenCV and numpy versions and the reference rule.
    let reference: String
    /// One entry per label map.
    let maps: [LabelMapCase]

    /// One label map and what OpenCV and PromptNucSeg's rule give for it.
    struct LabelMapCase: Decodable {
        /// Case name.
        let name: String
        /// `.npy` file of the int32 label map.
        let labels: String
        /// Index of the map in an (N, H, W) stack, nil for a 2-D file.
        let slice: Int?
        /// `.npy` file of the PanNuke-style type map, if any.
        let types: String?
        /// `[id, x, y, fell back]` for every instance, ascending id.
        let points: [[Int]]
        /// `[id, x, y, class]` after the type-map rule, when there is a type map.
        let prompts: [[Int]]?
        /// Per id, OpenCV's contours as flat `x, y, x, y, …` lists in OpenCV's order.
        let contours: [String: [[Int]]]?
    }

    /// The fixture folder.
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/oracle").path

    /// Reads `expected.json`.
    static func load() throws -> OraclePromptsFixture {
        let data = try Data(contentsOf: URL(fileURLWithPath: "\(folder)/expected.json"))
        return try JSONDecoder().decode(OraclePromptsFixture.self, from: data)
    }

    /// The label map of a case.
    static func instanceMap(_ entry: LabelMapCase) throws -> InstanceMap {
        try NpyFile(path: "\(folder)/\(entry.labels)").instanceMap(slice: entry.slice)
    }

    /// A fixture type map, row-major.
    static func typeMap(_ file: String) throws -> [Int32] {
        try NpyFile(path: "\(folder)/\(file)").int64Values().map { Int32($0) }
    }
}
