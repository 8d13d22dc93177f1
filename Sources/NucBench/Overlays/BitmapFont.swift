/// A 5 × 7 pixel font with the few characters overlay legends use.
///
/// Each glyph is seven rows of five bits, the leftmost column in bit 4. The table covers the
/// digits, space, `.`, `+`, `-` and the capitals D E F G N P Q R T X (legend words `TP`,
/// `FP`, `FN`, `GT`, `PRED`, `PQ`); any other character is drawn as a hollow box so that a
/// missing glyph is visible rather than silently blank.
enum BitmapFont {
    /// Glyph width in pixels.
    static let glyphWidth = 5
    /// Glyph height in pixels.
    static let glyphHeight = 7
    /// Horizontal distance between the left edges of two consecutive characters.
    static let advance = glyphWidth + 1

    /// The rows of a character's glyph, top first.
    ///
    /// - Parameter character: The character.
    /// - Returns: Seven 5-bit rows.
    static func rows(of character: Character) -> [UInt8] {
        glyphs[character] ?? [0b11111, 0b10001, 0b10001, 0b10001, 0b10001, 0b10001, 0b11111]
    }

    /// Width in pixels of a text drawn with this font (no trailing gap).
    ///
    /// - Parameter text: The text.
    /// - Returns: The width; 0 for an empty text.
    static func width(of text: String) -> Int {
        text.isEmpty ? 0 : text.count * advance - 1
    }

    private static let glyphs: [Character: [UInt8]] = [
        "0": [0b01110, 0b10001, 0b10011, 0b10101, 0b11001, 0b10001, 0b01110],
        "1": [0b00100, 0b01100, 0b00100, 0b00100, 0b00100, 0b00100, 0b01110],
        "2": [0b01110, 0b10001, 0b00001, 0b00010, 0b00100, 0b01000, 0b11111],
        "3": [0b11111, 0b00010, 0b00100, 0b00010, 0b00001, 0b10001, 0b01110],
        "4": [0b00010, 0b00110, 0b01010, 0b10010, 0b11111, 0b00010, 0b00010],
        "5": [0b11111, 0b10000, 0b11110, 0b00001, 0b00001, 0b10001, 0b01110],
        "6": [0b00110, 0b01000, 0b10000, 0b11110, 0b10001, 0b10001, 0b01110],
        "7": [0b11111, 0b00001, 0b00010, 0b00100, 0b01000, 0b01000, 0b01000],
        "8": [0b01110, 0b10001, 0b10001, 0b01110, 0b10001, 0b10001, 0b01110],
        "9": [0b01110, 0b10001, 0b10001, 0b01111, 0b00001, 0b00010, 0b01100],
        " ": [0, 0, 0, 0, 0, 0, 0],
        ".": [0, 0, 0, 0, 0, 0b01100, 0b01100],
        "+": [0, 0b00100, 0b00100, 0b11111, 0b00100, 0b00100, 0],
        "-": [0, 0, 0, 0b11111, 0, 0, 0],
        "D": [0b11100, 0b10010, 0b10001, 0b10001, 0b10001, 0b10010, 0b11100],
        "E": [0b11111, 0b10000, 0b10000, 0b11110, 0b10000, 0b10000, 0b11111],
        "F": [0b11111, 0b10000, 0b10000, 0b11110, 0b10000, 0b10000, 0b10000],
        "G": [0b01110, 0b10001, 0b10000, 0b10111, 0b10001, 0b10001, 0b01111],
        "N": [0b10001, 0b10001, 0b11001, 0b10101, 0b10011, 0b10001, 0b10001],
        "P": [0b11110, 0b10001, 0b10001, 0b11110, 0b10000, 0b10000, 0b10000],
        "Q": [0b01110, 0b10001, 0b10001, 0b10001, 0b10101, 0b10010, 0b01101],
        "R": [0b11110, 0b10001, 0b10001, 0b11110, 0b10100, 0b10010, 0b10001],
        "T": [0b11111, 0b00100, 0b00100, 0b00100, 0b00100, 0b00100, 0b00100],
        "X": [0b10001, 0b10001, 0b01010, 0b00100, 0b01010, 0b10001, 0b10001],
    ]
}
