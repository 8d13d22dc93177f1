import Testing

@testable import NucEngine

@Suite struct ImageEncoderRelativePositionTests {}

extension ImageEncoderRelativePositionTests {
    @Test func globalTablesShrinkFrom127To31ByLinearInterpolation() {
        let table = Tensor(shape: [127, 2], elements: (0..<254).map { Float($0 / 2) * ($0 % 2 == 0 ? 1 : -0.5) })
        let resized = ImageEncoder.resizedRelativeTable(table, rows: 31)
        #expect(resized.shape == [31, 2])
        // Row i reads s = max((i + 0.5)·127/31 − 0.5, 0); a linear ramp r[j] = j maps to s itself.
        for row in 0..<31 {
            let source = max((Double(row) + 0.5) * 127 / 31 - 0.5, 0)
            #expect(abs(Double(resized.elements[2 * row]) - source) < 1e-5, "row \(row)")
            #expect(abs(Double(resized.elements[2 * row + 1]) + source / 2) < 1e-5, "row \(row)")
        }
    }

    @Test func aTableOfTheRightLengthIsUsedAsIs() {
        let table = Tensor(shape: [27, 1], elements: (0..<27).map { Float($0 * $0) })
        #expect(ImageEncoder.resizedRelativeTable(table, rows: 27) == table)
    }

    @Test func positionEmbeddingUsesTheFourTapBicubicFilter() {
        // Constant rows in x and a ramp in y: the filter sums to 1 and is symmetric, so a ramp
        // j ↦ j maps to output centre 4i + 1.5.
        let elements = (0..<(64 * 64)).map { Float($0 / 64) }
        let resized = ImageEncoder.resizedPositions(Tensor(shape: [1, 64, 64, 1], elements: elements), grid: 16)
        #expect(resized.shape == [256, 1])
        for token in [0, 17, 200, 255] { #expect(resized.elements[token] == Float(4 * (token / 16)) + 1.5) }
        var impulse = [Float](repeating: 0, count: 64 * 64)
        impulse[5 * 64 + 4] = 32 * 32
        let response = ImageEncoder.resizedPositions(Tensor(shape: [1, 64, 64, 1], elements: impulse), grid: 16)
        // Input (y 5, x 4) is tap 1 of output row 1 (weight 19) and tap 0 of output column 1 (weight −3).
        #expect(response.elements[1 * 16 + 1] == 19 * -3)
        #expect(response.elements.filter { $0 != 0 }.count == 1)
    }
}

extension ImageEncoderRelativePositionTests {
    /// `get_rel_pos` from `Fixtures/ops`: output[i, j] = resized[i − j + q − 1].
    @Test func relativeTablesMatchTorchGetRelPos() throws {
        let cases = try OpsTestFixture.cases(op: "get_rel_pos")
        #expect(cases.count == 2)
        for fixture in cases {
            let side = fixture.params["q_size"] as? Int ?? 0
            let table = fixture.inputs["rel_pos"] ?? Tensor(zeros: [0, 0])
            let width = table.shape[1]
            let resized = ImageEncoder.resizedRelativeTable(table, rows: 2 * side - 1)
            var gathered: [Float] = []
            for i in 0..<side {
                for j in 0..<side {
                    let row = i - j + side - 1
                    gathered += resized.elements[(row * width)..<((row + 1) * width)]
                }
            }
            let error = relativeError(Tensor(shape: [side, side, width], elements: gathered), fixture.output)
            #expect(error < 1e-6, "\(fixture.name): \(error)")
        }
    }
}
