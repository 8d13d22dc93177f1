import NucIO
import Testing

@testable import NucEngine

@Suite struct PromptFileTests {}

extension PromptFileTests {
    @Test func pointsAndLabelsAreRead() throws {
        let document = try JSON.parse(#"{"prompts": [[[42.75, 207.25, 1], [3, 4, 0]], [[0, 0, -1]]]}"#)
        let prompts = try PromptFile.parse(document, file: "p.json")
        #expect(
            prompts == [
                [PromptPoint(x: 42.75, y: 207.25, label: .positive), PromptPoint(x: 3, y: 4, label: .negative)],
                [PromptPoint(x: 0, y: 0, label: .padding)],
            ])
    }

    @Test(arguments: [
        (#"[1, 2]"#, "expected an object with a \"prompts\" array"),
        (#"{"prompts": [3]}"#, "prompt 0 is not an array of [x, y, label] points"),
        (#"{"prompts": [[[1, 2]]]}"#, "prompt 0 point 0 is not [x, y, label] with finite numbers"),
        (#"{"prompts": [[[1, 2, 0.5]]]}"#, "prompt 0 point 0 has label 0.5; expected -1, 0 or 1"),
    ])
    func malformedDocumentsAreRejected(text: String, message: String) throws {
        let document = try JSON.parse(text)
        #expect(throws: InputError(message, file: "p.json")) { try PromptFile.parse(document, file: "p.json") }
    }
}
