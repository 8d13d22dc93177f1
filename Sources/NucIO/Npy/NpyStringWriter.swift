/// Writes a one-dimensional numpy unicode (`<U n`) array, as `numpy.save(np.array(names))`
/// writes a list of strings: UTF-32 little-endian, each padded with zeros to the longest.
public enum NpyStringWriter {
    /// Writes `strings` to `path`, replacing any file there.
    ///
    /// - Parameters:
    ///   - strings: The elements; numpy's `<U0` is avoided by using at least one character.
    ///   - path: The file to create.
    /// - Throws: `InputError` naming the file when it cannot be written.
    public static func write(_ strings: [String], to path: String) throws {
        let width = max(1, strings.map { $0.unicodeScalars.count }.max() ?? 1)
        var bytes = NpyWriter.header(descr: "<U\(width)", shape: [strings.count])
        for string in strings {
            let scalars = Array(string.unicodeScalars)
            for position in 0..<width {
                let value = position < scalars.count ? scalars[position].value : 0
                withUnsafeBytes(of: value.littleEndian) { bytes += $0 }
            }
        }
        try ByteFileWriter.write(bytes, to: path)
    }
}
