import Testing

@testable import NucIO

@Suite struct NpyFileInstanceMapTests {}

// MARK: - Label maps

extension NpyFileInstanceMapTests {
    @Test func integerLabelMapCompactsIds() throws {
        let file = try NpyFixtures.open("labels_2d_i4")
        let map = try file.instanceMap()
        #expect(map.height == 5)
        #expect(map.width == 6)
        #expect(map.ids == [3, 5, 7, 9, 12])
        #expect(map == (try InstanceMap(height: 5, width: 6, labels: file.int64Values())))
    }

    @Test func fortranBigEndianLabelMapMatchesTheCOrderOne() throws {
        #expect(
            try NpyFixtures.open("labels_2d_f_u2_be").instanceMap() == NpyFixtures.open("labels_2d_i4").instanceMap())
    }

    @Test(arguments: ["labels_stack_f8", "labels_stack_f_f8"])
    func floatStackSliceMatchesTheLabels(name: String) throws {
        let file = try NpyFixtures.open(name)
        let labels = try NpyFixtures.open("labels_2d_i4").int64Values()
        #expect(try file.instanceMap(slice: 0) == InstanceMap(height: 5, width: 6, labels: labels))
        #expect(try file.instanceMap(slice: 2) == InstanceMap(height: 5, width: 6, labels: labels.map { $0 * 2 }))
        #expect(try file.instanceMap(slice: 2).ids == [6, 10, 14, 18, 24])
    }

    @Test func negativeLabelIsRejectedNamingTheFile() throws {
        let file = try NpyFixtures.open("labels_negative_i2")
        expectInputError(file: file.path, containing: "instance ids must be non-negative; found -1") {
            _ = try file.instanceMap()
        }
    }

    @Test func fractionalFloatLabelIsRejectedNamingTheFile() throws {
        let file = try NpyFixtures.open("dtype_f8_le")
        expectInputError(file: file.path, containing: "is not a non-negative integer") { _ = try file.instanceMap() }
    }

    @Test func shapeMustBeAnImageOrAStack() throws {
        let image = try NpyFixtures.open("labels_2d_i4")
        expectInputError(file: image.path, containing: "is a single image") { _ = try image.instanceMap(slice: 0) }
        let stack = try NpyFixtures.open("labels_stack_f8")
        expectInputError(file: stack.path, containing: "is a stack") { _ = try stack.instanceMap() }
        expectInputError(file: stack.path, containing: "slice 3 is out of range") {
            _ = try stack.instanceMap(slice: 3)
        }
        let vector = try NpyFixtures.open("shape_vector_i8")
        expectInputError(file: vector.path, containing: "expected an (H, W) label map or an (N, H, W) stack") {
            _ = try vector.instanceMap()
        }
        let strings = try NpyFixtures.open("unicode_f_be")
        expectInputError(file: strings.path, containing: "strings as integers") { _ = try strings.instanceMap() }
    }
}

// MARK: - Channels

extension NpyFileInstanceMapTests {
    @Test(arguments: ["stack4_c_f8", "stack4_f_f8", "stack4_c_f4_be"])
    func channelIsEveryCthValueOfTheSlice(name: String) throws {
        let file = try NpyFixtures.open(name)
        let channels = file.shape[3]
        for slice in 0..<file.shape[0] {
            let image = try file.doubleValues(slice: slice)
            for channel in 0..<channels {
                let expected = stride(from: channel, to: image.count, by: channels).map { image[$0] }
                #expect(try file.channel(channel, ofSlice: slice) == expected)
            }
        }
    }

    @Test func channelChecksShapeAndIndices() throws {
        let file = try NpyFixtures.open("stack4_c_f8")
        expectInputError(file: file.path, containing: "channel 6 is out of range 0..<6") {
            _ = try file.channel(6, ofSlice: 0)
        }
        expectInputError(file: file.path, containing: "slice 3 is out of range 0..<3") {
            _ = try file.channel(0, ofSlice: 3)
        }
        let stack = try NpyFixtures.open("stack3_c_f8")
        expectInputError(file: stack.path, containing: "expected an (N, H, W, C) stack") {
            _ = try stack.channel(0, ofSlice: 0)
        }
    }
}
