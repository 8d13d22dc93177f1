import Testing

@testable import NucEngine

@Suite struct ReflectPaddingTests {}

extension ReflectPaddingTests {
    @Test func matchesTorchReflectPad() throws {
        let cases = try OpsTestFixture.cases(op: "pad")
        #expect(cases.count == 2)
        for fixture in cases {
            let pad = fixture.ints("pad")  // (left, right, top, bottom)
            let ours = try ReflectPadding.pad(
                try fixture.input("input"), top: pad[2], bottom: pad[3], left: pad[0], right: pad[1])
            #expect(ours == fixture.output, "\(fixture.name)")
        }
    }

    @Test func reflectsWithoutRepeatingTheEdge() throws {
        let row = Tensor(shape: [1, 4], elements: [1, 2, 3, 4])
        #expect(
            try ReflectPadding.pad(row, top: 0, bottom: 0, left: 2, right: 3).elements == [3, 2, 1, 2, 3, 4, 3, 2, 1])
    }

    @Test func padsBottomAndRightToAMultiple() throws {
        let image = Tensor(zeros: [3, 250, 256])
        #expect(try ReflectPadding.padToMultiple(image, of: 8).shape == [3, 256, 256])
        #expect(try ReflectPadding.padToMultiple(image, of: 16).shape == [3, 256, 256])
        #expect(try ReflectPadding.padToMultiple(Tensor(zeros: [1, 1000, 1000]), of: 16).shape == [1, 1008, 1008])
    }

    @Test func aPadAsLargeAsTheAxisIsAnInputError() {
        #expect(
            throws: InputError(
                "reflect padding (top 0, bottom 11, left 0, right 11) needs each pad smaller than the 5×5 plane")
        ) { try ReflectPadding.padToMultiple(Tensor(zeros: [5, 5]), of: 16) }
    }
}
