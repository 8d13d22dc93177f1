import Testing

@testable import NucIO

@Suite struct NpySelectionTests {}

extension NpySelectionTests {
    @Test func wholeCOrderArrayIsOneRun() {
        let selection = NpySelection(shape: [4, 3, 5], isFortranOrder: false)
        #expect(selection.axes == [.init(count: 60, fileStride: 1, resultStride: 1)])
        #expect(selection.fileStart == 0)
        #expect(selection.resultShape == [4, 3, 5])
        #expect(selection.count == 60)
    }

    @Test func cOrderSliceIsOneRunAtItsOffset() {
        let selection = NpySelection(shape: [4, 3, 5], isFortranOrder: false, fixed: [0: 2])
        #expect(selection.axes == [.init(count: 15, fileStride: 1, resultStride: 1)])
        #expect(selection.fileStart == 30)
        #expect(selection.resultShape == [3, 5])
    }

    @Test func fortranOrderSliceIsStrided() {
        let selection = NpySelection(shape: [4, 3, 5], isFortranOrder: true, fixed: [0: 2])
        #expect(
            selection.axes == [
                .init(count: 3, fileStride: 4, resultStride: 5), .init(count: 5, fileStride: 12, resultStride: 1),
            ])
        #expect(selection.fileStart == 2)
    }

    @Test func wholeFortranArrayVisitsTheFileInOrder() {
        let selection = NpySelection(shape: [2, 3], isFortranOrder: true)
        #expect(
            selection.axes == [
                .init(count: 2, fileStride: 1, resultStride: 3), .init(count: 3, fileStride: 2, resultStride: 1),
            ])
    }

    @Test func cOrderChannelIsStridedByTheChannelCount() {
        let selection = NpySelection(shape: [3, 4, 5, 6], isFortranOrder: false, fixed: [0: 1, 3: 2])
        #expect(selection.axes == [.init(count: 20, fileStride: 6, resultStride: 1)])
        #expect(selection.fileStart == 120 + 2)
        #expect(selection.resultShape == [4, 5])
    }

    @Test func lengthOneAxesAreDroppedAndEmptyArraysHaveNoLoops() {
        #expect(NpySelection(shape: [1, 1], isFortranOrder: true).axes == [])
        #expect(NpySelection(shape: [1, 1], isFortranOrder: true).count == 1)
        #expect(NpySelection(shape: [], isFortranOrder: false).count == 1)
        #expect(NpySelection(shape: [0, 3], isFortranOrder: false).count == 0)
        #expect(NpySelection(shape: [0, 3], isFortranOrder: false).axes == [])
    }
}
