/// Suzuki–Abe border following exactly as OpenCV's `findContours(image, RETR_LIST,
/// CHAIN_APPROX_SIMPLE)` performs it, so vertex lists and their order equal OpenCV's.
///
/// OpenCV pads the image with one zero pixel on every side, scans rows top to bottom and
/// columns left to right, and starts an outer border at a 0→1 transition and a hole border
/// at an unmarked-foreground→0 transition. Foreground is 8-connected. Around each border pixel
/// the next one is searched in increasing chain code (0 = right, 1 = up-right, … 7 = down-right),
/// and the pixel is marked −126 when its right neighbour was examined as 0 and 2 otherwise; a
/// vertex is emitted whenever the chain code changes. `RETR_LIST` inserts every new border at the head
/// of one list, so the output is the reverse of the discovery order.
///
/// Reference: OpenCV 4.8.1 `modules/imgproc/src/contours.cpp` (`cvFindNextContour`,
/// `icvFetchContour`) and the rewrite of OpenCV 4.9+ (`contours_new.cpp`), which keeps the
/// same output; checked against both by `Tools/fixtures/make_oracle_fixtures.py`.
package enum BorderFollowing {
    /// Mark of a traced pixel whose right neighbour was examined as background (`2 | -128`).
    static let rightBoundMark: Int8 = -126
    /// Mark of any other traced pixel (OpenCV's `nbd`).
    static let tracedMark: Int8 = 2

    /// The contours of a row-major mask, in OpenCV's output order.
    ///
    /// - Parameters:
    ///   - mask: Row-major pixels; non-zero is foreground, as for `cv2.findContours`.
    ///   - height: Rows.
    ///   - width: Columns.
    /// - Returns: Every outer and hole border, last-discovered first.
    package static func contours(mask: [UInt8], height: Int, width: Int) -> [Contour] {
        precondition(mask.count == height * width, "mask must hold height × width pixels")
        var raster = PaddedRaster(height: height, width: width, originX: 0, originY: 0)
        raster.fill { x, y in mask[y * width + x] != 0 }
        return contours(in: &raster)
    }

    /// The contours of a padded 0/1 raster, in OpenCV's output order; the raster is left marked.
    ///
    /// - Parameter raster: The mask with its zero frame; traced pixels are overwritten with marks.
    /// - Returns: Every outer and hole border, last-discovered first, in image coordinates.
    /// - Complexity: O(raster pixels + border length).
    static func contours(in raster: inout PaddedRaster) -> [Contour] {
        let stride = raster.stride
        let height = raster.height
        let width = raster.width
        let originX = raster.originX - 1
        let originY = raster.originY - 1
        var found: [Contour] = []
        raster.pixels.withUnsafeMutableBufferPointer { pixels in
            guard height > 0, width > 0 else { return }
            for y in 1...height {
                let row = y * stride
                var previous: Int8 = 0
                for x in 1...width {
                    let current = pixels[row + x]
                    if current == previous { continue }
                    if previous == 0 && current == 1 {
                        found.append(follow(pixels, start: row + x, isHole: false, stride: stride, originX, originY))
                    } else if current == 0 && previous >= 1 {
                        found.append(follow(pixels, start: row + x - 1, isHole: true, stride: stride, originX, originY))
                    }
                    previous = pixels[row + x]
                }
            }
        }
        found.reverse()
        return found
    }

    // MARK: - Tracing one border

    /// Traces the border through `start` (`icvFetchContour` with `CHAIN_APPROX_SIMPLE`).
    ///
    /// - Parameters:
    ///   - pixels: The padded raster.
    ///   - start: Linear index of the first border pixel.
    ///   - isHole: Whether the border bounds a hole (the search then begins at chain code 0).
    ///   - stride: Padded row length.
    ///   - originX: Image column of padded column 0.
    ///   - originY: Image row of padded row 0.
    /// - Returns: The border's vertices.
    private static func follow(
        _ pixels: UnsafeMutableBufferPointer<Int8>, start: Int, isHole: Bool, stride: Int, _ originX: Int,
        _ originY: Int
    ) -> Contour {
        let steps = [1, 1 - stride, -stride, -1 - stride, -1, stride - 1, stride, stride + 1]
        var vertices: [Contour.Vertex] = []
        func emit(_ position: Int) {
            vertices.append(Contour.Vertex(x: position % stride + originX, y: position / stride + originY))
        }
        let searchEnd = isHole ? 0 : 4
        var code = searchEnd
        var beforeStart = start
        repeat {
            code = (code - 1) & 7
            beforeStart = start + steps[code]
        } while pixels[beforeStart] == 0 && code != searchEnd
        if code == searchEnd {
            pixels[start] = rightBoundMark
            emit(start)
            return Contour(vertices: vertices, isHole: isHole)
        }
        var current = start
        var previousCode = code ^ 4
        while true {
            let cameFrom = code
            var next = current
            while code < 15 {
                code += 1
                next = current + steps[code & 7]
                if pixels[next] != 0 { break }
            }
            code &= 7
            if code >= 1 && code <= cameFrom {
                pixels[current] = rightBoundMark
            } else if pixels[current] == 1 {
                pixels[current] = tracedMark
            }
            if code != previousCode {
                emit(current)
                previousCode = code
            }
            if next == start && current == beforeStart { break }
            current = next
            code = (code + 4) & 7
        }
        return Contour(vertices: vertices, isHole: isHole)
    }
}
