import Testing

@testable import NucIO

@Suite struct NpyFileTraversalTests {}

extension NpyFileTraversalTests {
    /// A file longer than two release intervals, so reads cross several releases.
    @Test func readsAcrossReleaseIntervals() throws {
        let (count, width) = (3, NpyFile.releaseInterval / 8 + 1000)
        let values = (0..<(count * width)).map(Double.init)
        try TemporaryFiles.withDirectory { directory in
            let path = directory + "/large.npy"
            try NpyWriter.write(values, shape: [count, width], to: path)
            let file = try NpyFile(path: path)
            #expect(try file.doubleValues() == values)
            #expect(try file.doubleValues(slice: 1) == Array(values[width..<(2 * width)]))
            #expect(try file.int64Values(slice: 0).last == Int64(width - 1))
        }
    }

    /// Each step of this channel read is longer than a release interval, so the last step
    /// ends past the selection; the release must stop at the selection's end.
    @Test func stridedReadWithStepsLongerThanTheReleaseInterval() throws {
        let channels = NpyFile.releaseInterval / 8 + 1
        var values = [Double](repeating: 0, count: 2 * channels)
        values[1] = 7
        values[channels + 1] = 9
        try TemporaryFiles.withDirectory { directory in
            let path = directory + "/wide.npy"
            try NpyWriter.write(values, shape: [1, 2, 1, channels], to: path)
            let file = try NpyFile(path: path)
            #expect(try file.channel(1, ofSlice: 0) == [7, 9])
            #expect(try file.channel(channels - 1, ofSlice: 0) == [0, 0])
        }
    }

    @Test func singleElementSelection() throws {
        let file = try NpyFixtures.open("shape_vector_i8")
        #expect(try file.int64Values(slice: 3) == [-2])
    }
}
