import Foundation

/// PromptNucSeg's prompter ground truth (`prompter/datasets/<name>/{train,val,test}.json`, written by
/// its `extract_data.py`) for any data set nucbench reads: the file `nucbench eval --gt-points` scores
/// predicted points against.
///
/// Each image maps to one list per class of `[cx, cy]` points — the `OraclePrompts` of its ground
/// truth (largest contour's moments, truncated; PanNuke points on background dropped). PanNuke has
/// five lists (its class channels); Kumar and CPM-17, class-agnostic in PromptNucSeg, have one. Keys
/// are `Images/<name>.png`, as the script's PanNuke keys end; readers match images by file stem.
public enum PrompterGroundTruth {
    /// The JSON document of some samples.
    ///
    /// - Parameters:
    ///   - samples: The images, in the order their keys are written.
    ///   - typed: Whether points carry the type map's class (PanNuke), else all are class 0.
    /// - Returns: The document.
    /// - Throws: `InputError` naming a sample whose labels cannot be read or are inconsistent.
    public static func document(of samples: [DatasetSample], typed: Bool) throws -> JSON {
        let classCount = typed ? 5 : 1
        var members: [(String, JSON)] = []
        for sample in samples {
            let labels = try sample.labels()
            var lists = [[JSON]](repeating: [], count: classCount)
            let prompts: [OraclePrompt]
            do {
                prompts = try OraclePrompts.prompts(for: labels.instances, classes: typed ? labels.classes : nil)
            } catch let error as InputError {
                throw error.inFile(sample.metadata.labelPath)
            }
            for prompt in prompts {
                guard lists.indices.contains(prompt.classIndex) else {
                    throw InputError(
                        "class \(prompt.classIndex + 1) at (\(prompt.x), \(prompt.y)) is not a PanNuke class (1-5)",
                        file: sample.metadata.labelPath)
                }
                lists[prompt.classIndex].append(.array([.int(prompt.x), .int(prompt.y)]))
            }
            members.append(("Images/\(sample.metadata.name).png", .array(lists.map(JSON.array))))
        }
        return .object(members)
    }

    /// Writes the document of a data set's images to a file.
    ///
    /// - Parameters:
    ///   - dataset: The data set; PanNuke layouts get five class lists, others one.
    ///   - path: The JSON file to write (replaced atomically).
    /// - Returns: The number of images written.
    /// - Throws: `InputError` for unreadable labels or an unwritable file.
    @discardableResult
    public static func write(_ dataset: Dataset, to path: String) throws -> Int {
        let document = try document(of: dataset.samples, typed: dataset.layout.cardName == "pannuke")
        do {
            try Data((document.rendered + "\n").utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw InputError("cannot write the points file: \(error.localizedDescription)", file: path)
        }
        return dataset.samples.count
    }
}
