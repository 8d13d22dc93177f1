import NucIO
import Testing

@testable import NucEngine

/// Post-processing (`prompter/utils.py: predict`, `point_nms`): golden values from the reference
/// fixtures, and hand-made cases for each rule.
@Suite struct PromptPostProcessingTests {}

// MARK: - Against the reference

extension PromptPostProcessingTests {
    @Test(arguments: PrompterFixture.cases)
    func candidatesMatchTheReference(_ name: String) throws {
        let fixture = try PrompterFixture(name)
        let candidates = PromptPostProcessing.candidates(try fixture.referenceOutput())
        let expected = try fixture.rows("candidates.npy")
        try #require(candidates.count == expected.count)
        for (ours, reference) in zip(candidates, expected) {
            #expect(Double(ours.x) == reference[0] && Double(ours.y) == reference[1])
            #expect(Double(ours.classIndex) == reference[2])
            #expect(abs(Double(ours.score) - reference[3]) <= 1e-6)
        }
    }

    /// Final points from the reference's raw outputs equal the reference's bit for bit; from our own
    /// outputs they are the same points (count, order, classes) with coordinates within 1e-3 px, the
    /// float32 rounding of proposals that agree to ~1e-7 relative.
    ///
    /// Near-ties: our softmax may differ from PyTorch's by an ulp, which could reorder two points whose
    /// scores differ by that much and lie within r of each other, or flip a logit lying within ~1e-6 of
    /// 0 under MAPF; the fixtures have no such case (their generator also checks that stable and
    /// quicksort orders agree), so the same selection is required.
    @Test(arguments: PrompterFixture.cases)
    func pointsMatchTheReference(_ name: String) throws {
        let fixture = try PrompterFixture(name)
        let prompter = try Prompter.load(checkpoint: fixture.path("prompter.pth"))
        let ours = try prompter(ImageFile.readRGB(path: fixture.path("image.png")), spacing: fixture.settings.spacing)
        for (file, filtering) in [
            ("points.npy", fixture.settings.maskFiltering), ("points_mapf_on.npy", true),
            ("points_mapf_off.npy", false),
        ] {
            var settings = fixture.settings
            settings.maskFiltering = filtering
            let expected = try fixture.rows(file)
            let exact = PromptPostProcessing.prompts(try fixture.referenceOutput(), settings: settings)
            #expect(exact.map { [Double($0.x), Double($0.y), Double($0.classIndex)] } == expected, "\(name) \(file)")
            let points = PromptPostProcessing.prompts(ours, settings: settings)
            try #require(points.count == expected.count, "\(name) \(file)")
            for (point, reference) in zip(points, expected) {
                #expect(Double(point.classIndex) == reference[2])
                #expect(abs(Double(point.x) - reference[0]) <= 1e-3 && abs(Double(point.y) - reference[1]) <= 1e-3)
            }
        }
    }
}

// MARK: - Rules

extension PromptPostProcessingTests {
    /// A 2×3 image (padded to 4×4) whose proposals are given directly.
    private func output(_ proposals: [Float], logits: [Float], mask: [Float] = .init(repeating: 1, count: 16))
        -> PrompterOutput
    {
        let count = proposals.count / 2
        return PrompterOutput(
            proposals: Tensor(shape: [count, 2], elements: proposals),
            logits: Tensor(shape: [count, logits.count / count], elements: logits),
            auxiliaryLogits: Tensor(shape: [4, 4], elements: mask), imageHeight: 2, imageWidth: 3)
    }

    @Test func backgroundArgmaxIsDroppedWithoutAThreshold() {
        let candidates = PromptPostProcessing.candidates(
            output([0, 0, 1, 1, 2, 1], logits: [0, 0.01, 0, 5, 1, 0, 0, 0, 3]))
        #expect(candidates.map(\.classIndex) == [1, 0])
        #expect(abs(candidates[0].score - 0.3355) < 1e-3)
    }

    @Test func clippingUsesTheUnpaddedSizeAndComesBeforeFiltering() {
        // Proposals outside the 3×2 image land on its border, inside the padded 4×4 mask.
        var mask = [Float](repeating: -1, count: 16)
        mask[1 * 4 + 2] = 1  // row 1, column 2: where (3.7, 1.9) is clipped to (2, 1)
        let raw = output([3.7, 1.9, -4, 0.5], logits: [1, 0, 1, 0], mask: mask)
        let candidates = PromptPostProcessing.candidates(raw)
        #expect(candidates.map(\.x) == [2, 0] && candidates.map(\.y) == [1, 0.5])
        let filtered = PromptPostProcessing.maskFiltered(candidates, auxiliaryLogits: raw.auxiliaryLogits)
        #expect(filtered.map(\.x) == [2])
    }

    @Test func filteringTruncatesCoordinates() {
        var mask = [Float](repeating: -1, count: 16)
        mask[0 * 4 + 1] = 0.5  // row 0, column 1
        let points = [
            DetectedPrompt(x: 1.99, y: 0.99, classIndex: 0, score: 1),
            DetectedPrompt(x: 0.99, y: 0.5, classIndex: 0, score: 1),
        ]
        let kept = PromptPostProcessing.maskFiltered(points, auxiliaryLogits: Tensor(shape: [4, 4], elements: mask))
        #expect(kept == [points[0]])
        mask[1] = 0  // logit 0 is not > 0
        #expect(
            PromptPostProcessing.maskFiltered(points, auxiliaryLogits: Tensor(shape: [4, 4], elements: mask)).isEmpty)
    }

    @Test func suppressionRadiusIsInclusive() {
        let points = [
            DetectedPrompt(x: 0, y: 0, classIndex: 0, score: 0.9),
            DetectedPrompt(x: 3, y: 4, classIndex: 1, score: 0.8),  // exactly 5 away: suppressed
            DetectedPrompt(x: 10, y: 0, classIndex: 0, score: 0.95),
            DetectedPrompt(x: 10, y: 5.000001, classIndex: 0, score: 0.7),  // just beyond 5: kept
        ]
        #expect(PromptPostProcessing.suppressed(points, radius: 5) == [points[0], points[2], points[3]])
        #expect(PromptPostProcessing.suppressed(points, radius: 0) == points)
    }

    @Test func suppressionIsGreedyByScoreAndClassAgnostic() {
        // b suppresses a and c; a (suppressed) does not suppress d, which c would have.
        let a = DetectedPrompt(x: 0, y: 0, classIndex: 0, score: 0.5)
        let b = DetectedPrompt(x: 4, y: 0, classIndex: 1, score: 0.9)
        let c = DetectedPrompt(x: 8, y: 0, classIndex: 2, score: 0.6)
        let d = DetectedPrompt(x: -4, y: 0, classIndex: 0, score: 0.4)
        #expect(PromptPostProcessing.suppressed([a, b, c, d], radius: 4) == [b, d])
    }

    @Test func equalScoresAreVisitedInIndexOrder() {
        let first = DetectedPrompt(x: 0, y: 0, classIndex: 0, score: 0.5)
        let second = DetectedPrompt(x: 1, y: 0, classIndex: 0, score: 0.5)
        #expect(PromptPostProcessing.suppressed([first, second], radius: 2) == [first])
        #expect(PromptPostProcessing.suppressed([second, first], radius: 2) == [second])
    }
}
