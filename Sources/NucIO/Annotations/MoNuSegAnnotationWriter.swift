/// Writes Aperio ImageScope annotation XML as MoNuSeg ships it:
/// `Annotations/Annotation/Regions/Region/Vertices/Vertex` with `X` (column) and `Y` (row).
public enum MoNuSegAnnotationWriter {
    /// The document for `regions`, numbered 1, 2, … in order.
    ///
    /// - Parameters:
    ///   - regions: The polygons; `x` is the column, `y` the row.
    ///   - micronsPerPixel: The pixel size recorded on the root element.
    /// - Returns: The UTF-8 bytes.
    public static func document(regions: [[Point]], micronsPerPixel: Double = 0.2521) -> [UInt8] {
        var text = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Annotations MicronsPerPixel="\(micronsPerPixel)">
            <Annotation Id="1" Name="" ReadOnly="0" Type="4" LineColor="65280" Visible="1">
            <Attributes><Attribute Name="Description" Id="0" Value=""/></Attributes>
            <Regions>
            <RegionAttributeHeaders><AttributeHeader Id="9999" Name="Region" ColumnWidth="-1"/></RegionAttributeHeaders>

            """
        for (index, vertices) in regions.enumerated() {
            let number = index + 1
            text += "<Region Id=\"\(number)\" Type=\"0\" Zoom=\"1\" Text=\"\" DisplayId=\"\(number)\">\n"
            text += "<Attributes/>\n<Vertices>\n"
            for vertex in vertices { text += "<Vertex X=\"\(vertex.x)\" Y=\"\(vertex.y)\" Z=\"0\"/>\n" }
            text += "</Vertices>\n</Region>\n"
        }
        text += "</Regions>\n<Plots/>\n</Annotation>\n</Annotations>\n"
        return Array(text.utf8)
    }

    /// Writes the document for `regions` to `path`, replacing any file there.
    ///
    /// - Parameters:
    ///   - regions: The polygons.
    ///   - path: The file to create.
    /// - Throws: `InputError` naming the file when it cannot be written.
    public static func write(regions: [[Point]], to path: String) throws {
        try ByteFileWriter.write(document(regions: regions), to: path)
    }
}
