extension NpyFile {
    /// Bytes of the file read between two releases of the pages already read.
    static let releaseInterval = 1 << 23

    /// Reads the selected elements into a row-major array.
    ///
    /// Elements are visited in increasing file position; every `releaseInterval` bytes
    /// the pages behind the current position are released, and at the end all pages the
    /// selection touched, so the resident set stays near one interval plus the result.
    ///
    /// - Parameters:
    ///   - selection: Which elements, and where each goes.
    ///   - filler: A value to initialise the result with before it is overwritten.
    ///   - element: Converts the element at a byte offset of the mapped file.
    /// - Returns: The converted elements, in the order of `selection.resultShape`.
    /// - Throws: What `element` throws.
    /// - Complexity: O(`selection.count`).
    func gather<Element>(
        _ selection: NpySelection, filler: Element, _ element: (UnsafeRawBufferPointer, Int) throws -> Element
    ) rethrows -> [Element] {
        var result = [Element](repeating: filler, count: selection.count)
        guard selection.count > 0 else { return result }
        let itemSize = dtype.itemSize
        let inner = selection.axes.first ?? NpySelection.Axis(count: 1, fileStride: 1, resultStride: 1)
        let outer = Array(selection.axes.dropFirst())
        let innerStep = inner.fileStride * itemSize
        let blockLength = max(1, Self.releaseInterval / innerStep)
        let lastIndex = selection.axes.reduce(selection.fileStart) { $0 + ($1.count - 1) * $1.fileStride }
        let end = dataOffset + (lastIndex + 1) * itemSize
        var releasedUpTo = dataOffset + selection.fileStart * itemSize
        defer { mapping.release(releasedUpTo..<end) }
        try mapping.withBytes { bytes in
            try result.withUnsafeMutableBufferPointer { output in
                var counters = [Int](repeating: 0, count: outer.count)
                var fileIndex = selection.fileStart
                var resultIndex = 0
                while true {
                    var offset = dataOffset + fileIndex * itemSize
                    var position = resultIndex
                    var remaining = inner.count
                    while remaining > 0 {
                        let block = min(remaining, blockLength)
                        for _ in 0..<block {
                            output[position] = try element(bytes, offset)
                            offset += innerStep
                            position += inner.resultStride
                        }
                        remaining -= block
                        let reached = min(offset, end)
                        if reached - releasedUpTo >= Self.releaseInterval {
                            mapping.release(releasedUpTo..<reached)
                            releasedUpTo = reached
                        }
                    }
                    var axis = 0
                    while axis < outer.count {
                        counters[axis] += 1
                        fileIndex += outer[axis].fileStride
                        resultIndex += outer[axis].resultStride
                        if counters[axis] < outer[axis].count { break }
                        fileIndex -= outer[axis].count * outer[axis].fileStride
                        resultIndex -= outer[axis].count * outer[axis].resultStride
                        counters[axis] = 0
                        axis += 1
                    }
                    if axis == outer.count { break }
                }
            }
        }
        return result
    }
}
